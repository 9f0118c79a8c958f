// Character-level clean-up of Chinese text: full-width ASCII, odd spaces, traditional characters.
// A small built-in table (the characters of the template's labels, headings and common
// report words) keeps lib/report light enough for the browser; opencc-js's tables are ~1 MB.

const TRADITIONAL =
  '處業機構會組織務總計開請數結轉區這屬於國規穩護權類內過執詢項關沒現補後確訪舉報訴復無當認獲費繳納繼續辦條號減發廢對決額單萬採購範許罰強議訟經維糾審體況動與問題進說説統鎮鄉縣實驗綜網眾臺' +
  '為裡書劃預級監導標準個們來時間應際將並從隊歷層廣東陝龍遼門戶佈資訊製頒佈範圍徵見參與歲們雲貴貫徹態勢產權庫稅營稱戰責範憑據圖傳眾聯繫複';
const SIMPLIFIED =
  '处业机构会组织务总计开请数结转区这属于国规稳护权类内过执询项关没现补后确访举报诉复无当认获费缴纳继续办条号减发废对决额单万采购范许罚强议讼经维纠审体况动与问题进说说统镇乡县实验综网众台' +
  '为里书划预级监导标准个们来时间应际将并从队历层广东陕龙辽门户布资讯制颁布范围征见参与岁们云贵贯彻态势产权库税营称战责范凭据图传众联系复';

const TO_SIMPLIFIED: ReadonlyMap<string, string> = buildTable();

function buildTable(): Map<string, string> {
  const from = [...TRADITIONAL];
  const to = [...SIMPLIFIED];
  const table = new Map<string, string>();
  from.forEach((ch, i) => {
    const target = to[i];
    if (target !== undefined && ch !== target) table.set(ch, target);
  });
  return table;
}

/** Replace the traditional characters this product knows with their simplified forms. */
export function toSimplified(text: string): { text: string; changed: number } {
  let changed = 0;
  let out = '';
  for (const ch of text) {
    const simple = TO_SIMPLIFIED.get(ch);
    if (simple) changed++;
    out += simple ?? ch;
  }
  return { text: out, changed };
}

/** Full-width ASCII (０-９, Ａ-Ｚ, ．, －, ／ …) to ASCII; U+3000 and NBSP to a plain space. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000\u00A0\u2002-\u200B\u202F\u205F]/g, (ch) => {
    const code = ch.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
    return ' ';
  });
}

/**
 * Same length as the input (one output char per input UTF-16 unit), so that offsets found in
 * the folded text are offsets in the original: used to search labels in glued text.
 */
export function foldForSearch(text: string): string {
  let out = '';
  for (const ch of text) {
    const half = toHalfWidth(ch);
    const simple = TO_SIMPLIFIED.get(half) ?? half;
    // Astral characters occupy two units; keep the length identical.
    out += ch.length === 2 ? `${simple}\u0000`.slice(0, 2) : simple.slice(0, 1);
  }
  return out;
}
