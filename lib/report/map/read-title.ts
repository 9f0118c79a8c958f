// Title, publishing unit, report year and place names. The title is the crawler's 标题 line or
// the first heading-like line; cover letters (…关于报送2020年度…年度报告的函) are unwrapped.
import type { RegionHints } from '../model.ts';
import { toHalfWidth, toSimplified } from '../normalize/chinese.ts';
import { findCrawlerTitle } from '../read/crawler-text.ts';
import type { SourceDocument } from '../read/source-document.ts';

const TITLE_PATTERN = /^(.*?)\s*(?:关于\s*(?:报送|印发|公布|公开)?\s*)?(\d{4})\s*年度?\s*(?:的)?\s*政府信息公开(?:工作)?(?:年度)?(?:工作)?报告/;

const TITLE_TEST = /政府信息公开.{0,6}报告/;

export function findTitle(doc: SourceDocument): string | undefined {
  const crawler = findCrawlerTitle(doc);
  if (crawler) return crawler;
  let previous = '';
  const blocks = doc.blocks.slice(0, 9);
  for (let i = 0; i < 8 && i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.type !== 'paragraph') continue;
    let text = toSimplified(block.text.replace(/^#+\s*/, '').trim()).text;
    // A title in large type wraps in a printed page: "…年度报" then "告" on the next line.
    const next = blocks[i + 1];
    if (!TITLE_TEST.test(text) && text.includes('政府信息公开') && next?.type === 'paragraph' && next.text.trim().length <= 12) {
      const joined = text + toSimplified(next.text.trim()).text;
      if (TITLE_TEST.test(joined)) text = joined;
    }
    if (TITLE_TEST.test(text) && text.length <= 80) {
      // PDFs set the unit on a line of its own above "2023 年政府信息公开工作年度报告".
      const unitAbove = !readTitle(text).unit && /(?:人民政府|管理局|办事处|委员会|办公室|局)$/.test(previous) && previous.length <= 30;
      return unitAbove ? `${previous}${text}` : text;
    }
    previous = text;
  }
  return undefined;
}

export function readTitle(title: string | undefined): { unit?: string; year?: number } {
  if (!title) return {};
  const match = TITLE_PATTERN.exec(toHalfWidth(toSimplified(title).text).replace(/\s+/g, ' ').trim());
  if (!match) return {};
  const unit = (match[1] ?? '').replace(/\s*关于(?:报送|印发)?\s*$/, '').trim();
  const year = Number(match[2]);
  // Fields assigned in this order rather than spread in from throw-away objects.
  const read: { unit?: string; year?: number } = {};
  if (unit) read.unit = unit;
  if (year >= 2000 && year <= 2100) read.year = year;
  return read;
}

/** The year the text speaks of: the statistics period, else the most frequent year in the text. */
export function findYearInText(text: string): number | undefined {
  const period = /统计(?:期限|时限|区间|时间)[^。]{0,12}?(\d{4})\s*年\s*1\s*月\s*1\s*日/.exec(text);
  if (period?.[1]) return Number(period[1]);
  const counts = new Map<number, number>();
  for (const m of text.matchAll(/(20\d{2})\s*年(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*日印发)/g)) {
    const year = Number(m[1]);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [year, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = year;
  return best;
}

const PROVINCES = [
  '河北省', '山西省', '辽宁省', '吉林省', '黑龙江省', '江苏省', '浙江省', '安徽省', '福建省', '江西省', '山东省', '河南省', '湖北省', '湖南省',
  '广东省', '海南省', '四川省', '贵州省', '云南省', '陕西省', '甘肃省', '青海省', '台湾省', '内蒙古自治区', '广西壮族自治区', '西藏自治区',
  '宁夏回族自治区', '新疆维吾尔自治区', '北京市', '天津市', '上海市', '重庆市',
];

// Province names by their last character (省, 区, 市): a document is scanned for those three
// characters rather than for each of the 32 names.
const PROVINCES_BY_LAST = new Map<string, string[]>();
for (const name of PROVINCES) PROVINCES_BY_LAST.set(name.slice(-1), [...(PROVINCES_BY_LAST.get(name.slice(-1)) ?? []), name]);

/** The province names that occur in the text. */
function provincesIn(text: string): Set<string> {
  const present = new Set<string>();
  for (const [last, names] of PROVINCES_BY_LAST) {
    for (let at = text.indexOf(last); at !== -1; at = text.indexOf(last, at + 1)) {
      for (const name of names) if (at + 1 >= name.length && text.startsWith(name, at + 1 - name.length)) present.add(name);
    }
  }
  return present;
}

// Longest suffix first: 片区 before 区, 综合实验区 before 区.
const LEVELS: readonly [string, keyof RegionHints][] = [
  ['自治区', 'provinces'], ['省', 'provinces'], ['综合实验区', 'counties'], ['新区', 'counties'], ['片区', 'towns'], ['街道', 'towns'],
  ['市', 'cities'], ['县', 'counties'], ['区', 'counties'], ['镇', 'towns'], ['乡', 'towns'],
];

/** Place names in the unit name, the title and addresses, by administrative level. */
export function findRegionHints(texts: string[], fullText: string): RegionHints {
  const hints: RegionHints = { provinces: [], cities: [], counties: [], towns: [] };
  const add = (level: keyof RegionHints, name: string) => {
    if (!hints[level].includes(name)) hints[level].push(name);
  };
  const present = provincesIn(fullText);
  for (const province of PROVINCES) if (present.has(province)) add('provinces', province);
  const addresses = [...fullText.matchAll(/地址[:：]\s*([^，。；;,（(]{4,40})/g)].map((m) => m[1] ?? '');
  for (const text of [...texts, ...addresses]) {
    for (const [name, level] of splitPlaceNames(text)) add(level, name);
  }
  return hints;
}

function splitPlaceNames(text: string): [string, keyof RegionHints][] {
  const found: [string, keyof RegionHints][] = [];
  let rest = text.replace(/\s+/g, '');
  for (;;) {
    let best: { end: number; level: keyof RegionHints } | undefined;
    for (const [suffix, level] of LEVELS) {
      const at = rest.indexOf(suffix, 1);
      const end = at + suffix.length;
      // Names are short (2–8 characters with the suffix); on a tie the longer suffix, listed first, wins.
      if (at < 0 || end > 9) continue;
      if (!best || end < best.end) best = { end, level };
    }
    if (!best) return found;
    const name = rest.slice(0, best.end);
    if (/^[\u4e00-\u9fa5]+$/.test(name) && name.length >= 2) found.push([name, best.level]);
    rest = rest.slice(best.end);
  }
}
