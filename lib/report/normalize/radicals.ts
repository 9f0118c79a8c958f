// PDFs printed by browsers (Chromium/Skia with Noto or Source Han fonts) and some office suites
// map shared glyphs back to the radical code points in their ToUnicode tables: 一 comes out as
// ⼀ (U+2F00), 人民 as ⼈⺠, 页 as ⻚. The text looks right and matches nothing. Kangxi radicals
// (U+2F00–U+2FD5) have compatibility decompositions, so NFKC gives the ideograph; the CJK
// Radicals Supplement mostly has none, so the ones that are whole characters are listed here
// (Unicode's EquivalentUnifiedIdeograph.txt). One code unit becomes one, so ranges stay right.
const SUPPLEMENT = new Map<string, string>(
  Object.entries({
    '\u2E81': '厂', '\u2E84': '乙', '\u2E8A': '卜', '\u2E8C': '小', '\u2E8D': '小', '\u2E92': '巳', '\u2E93': '幺',
    '\u2E97': '心', '\u2E9D': '月', '\u2E9F': '母', '\u2EA0': '民', '\u2EA7': '牛', '\u2EA9': '王', '\u2EAB': '目',
    '\u2EAC': '示', '\u2EB6': '羊', '\u2EB7': '羊', '\u2EBC': '月', '\u2EBD': '臼', '\u2EC1': '虎', '\u2EC4': '西',
    '\u2EC5': '见', '\u2EC6': '角', '\u2EC7': '角', '\u2EC9': '贝', '\u2ECB': '车', '\u2ED1': '長', '\u2ED3': '长',
    '\u2ED4': '门', '\u2ED7': '雨', '\u2ED8': '青', '\u2ED9': '韦', '\u2EDA': '页', '\u2EDB': '风', '\u2EDC': '飞',
    '\u2EDD': '食', '\u2EE1': '首', '\u2EE2': '马', '\u2EE3': '骨', '\u2EE4': '鬼', '\u2EE5': '鱼', '\u2EE6': '鸟',
    '\u2EE7': '卤', '\u2EE8': '麦', '\u2EE9': '黄', '\u2EEA': '黾', '\u2EEC': '齐', '\u2EEE': '齿', '\u2EF0': '龙',
    '\u2EF3': '龟',
  }),
);

const RADICALS = /[\u2E80-\u2EFF\u2F00-\u2FDF]/g;

/** Radical code points that stand for whole characters → those characters; everything else unchanged. */
export function toUnifiedIdeographs(text: string): string {
  RADICALS.lastIndex = 0;
  if (!RADICALS.test(text)) return text; // the common case: no radicals, no new string
  return text.replace(RADICALS, (ch) => {
    const mapped = SUPPLEMENT.get(ch) ?? ch.normalize('NFKC');
    return mapped.length === 1 ? mapped : ch;
  });
}
