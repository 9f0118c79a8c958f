// Rows of a table whose cells were glued into one line (crawler dumps, tables extracted as
// prose): find the row labels in their canonical order, and take the digits between one label
// and the next as that row's value text. Which digits belong to which cell is decided later.
import { checkDeadline } from '../limits.ts';
import type { TextRange } from '../read/source-document.ts';
import { compactOf, findAll } from './compact-text.ts';

export type GluedDef = {
  key: string;
  phrases: readonly string[];
  /** Required text right before the label (numbering of short labels such as （七）总计). */
  prefix?: RegExp;
};

export type GluedRow = { key: string; labelRange: TextRange; valueText: string; valueRange: TextRange };

type Hit = { def: number; start: number; end: number };

// pickChain is quadratic in the hits; a real table has under a hundred. Past this many the
// text is not a table (or is hostile) and only the first hits are considered.
const MAX_HITS = 4000;

export function segmentGluedRows(doc: { plainText: string }, start: number, end: number, defs: readonly GluedDef[]): GluedRow[] {
  const plain = doc.plainText;
  const compact = compactOf(doc, start, end);
  const hits: Hit[] = [];
  defs.forEach((def, index) => {
    const found: Hit[] = [];
    for (const phrase of def.phrases) {
      // findAll's search, with this function's hit objects made directly.
      if (!phrase) continue;
      for (let at = compact.text.indexOf(phrase); at !== -1; at = compact.text.indexOf(phrase, at + 1)) {
        const hitStart = compact.toRaw[at] ?? 0;
        const hitEnd = (compact.toRaw[at + phrase.length - 1] ?? hitStart) + 1;
        if (def.prefix && !def.prefix.test(plain.slice(Math.max(start, hitStart - 8), hitStart))) continue;
        found.push({ def: index, start: hitStart, end: hitEnd });
      }
    }
    // One hit per place: the longest wording (行政规范性文件 over 规范性文件).
    sortByPlace(found);
    for (const hit of found) {
      const previous = hits[hits.length - 1];
      if (previous && previous.def === index && hit.start < previous.end) continue;
      hits.push(hit);
    }
  });
  const chain = pickChain(hits.sort((a, b) => a.start - b.start).slice(0, MAX_HITS));
  return chain.map((hit, i) => {
    const next = chain[i + 1];
    const value = extractValue(plain, hit.end, next ? next.start : end);
    return { key: defs[hit.def]?.key ?? '', labelRange: { start: hit.start, end: hit.end }, valueText: value.valueText, valueRange: value.valueRange };
  });
}

const byPlace = (a: Hit, b: Hit): number => a.start - b.start || b.end - a.end;

/**
 * Sorts hits by start, longer first: what a stable found.sort(byPlace) gives. A def has a few
 * hits at most, which an insertion sort orders without the work array Array#sort allocates.
 */
function sortByPlace(found: Hit[]): void {
  if (found.length > 16) {
    found.sort(byPlace);
    return;
  }
  for (let i = 1; i < found.length; i++) {
    const hit = found[i];
    if (!hit) continue;
    let j = i - 1;
    // Only past hits that sort strictly after it: equal hits keep their order (stable).
    for (; j >= 0; j--) {
      const before = found[j];
      if (!before || byPlace(before, hit) <= 0) break;
      found[j + 1] = before;
    }
    found[j + 1] = hit;
  }
}

/** Longest sequence of non-overlapping hits whose labels appear in canonical order. */
function pickChain(hits: Hit[]): Hit[] {
  const best: number[] = hits.map(() => 1);
  const previous: number[] = hits.map(() => -1);
  hits.forEach((hit, i) => {
    checkDeadline();
    for (let j = 0; j < i; j++) {
      const before = hits[j];
      if (!before || before.def >= hit.def || before.end > hit.start) continue;
      if ((best[j] ?? 0) + 1 > (best[i] ?? 0)) {
        best[i] = (best[j] ?? 0) + 1;
        previous[i] = j;
      }
    }
  });
  let at = best.indexOf(Math.max(0, ...best));
  const chain: Hit[] = [];
  while (at >= 0) {
    const hit = hits[at];
    if (hit) chain.unshift(hit);
    at = previous[at] ?? -1;
  }
  return chain;
}

const LEADING_NOTE = /^\s*[（(][^（()）]{0,40}[）)]/;
const NUMERIC_RUN = /^[\s\u3000\d.．,]*(?:万元|元)?/;
const TRAILING_RUN = /(?<![\d.．])[\s\u3000\d.．,]*(?:万元|元)?$/;

/** The digits right after a label, without the numbering of the label that follows. */
export function extractValue(plain: string, from: number, to: number): { valueText: string; valueRange: TextRange } {
  // A label's closing quote or bracket (危及“三安全一稳定”) is not part of the value.
  const closing = /^[”"'’」』》）)]+/.exec(plain.slice(from, to))?.[0].length ?? 0;
  let start = from + closing;
  let region = plain.slice(start, to);
  const note = LEADING_NOTE.exec(region);
  // （区分处理的，只计这一情形…）follows 部分公开 before its digits.
  if (note && !/\d/.test(note[0])) {
    start += note[0].length;
    region = region.slice(note[0].length);
  }
  let run = NUMERIC_RUN.exec(region)?.[0] ?? '';
  // `00000002.其他法律…`: the `2.` numbers the next label (a value never ends with a point;
  // the sub-items of the template are numbered 1–8, one digit).
  run = stripNumbering(run);
  if (run.trim() === '') {
    // The label was matched by a key phrase and more label text follows (…、行政机关不再受理其…申请0000000):
    // the value is then the digits just before the next label.
    const tail = TRAILING_RUN.exec(stripNumbering(region.trimEnd()))?.[0] ?? '';
    const at = stripNumbering(region.trimEnd()).length - tail.length;
    const text = tail.trim();
    const lead = tail.length - tail.trimStart().length;
    return { valueText: text, valueRange: { start: start + at + lead, end: start + at + lead + text.length } };
  }
  const lead = run.length - run.trimStart().length;
  const text = run.trim();
  return { valueText: text, valueRange: { start: start + lead, end: start + lead + text.length } };
}

/** Without a trailing `2.`, the number of the label that follows. */
function stripNumbering(text: string): string {
  return text.replace(/\d\s*[.．、]\s*$/, '');
}

/** Value text after the last occurrence of a phrase (section 四: the 15 digits after the last 总计). */
export function findValuesAfterLast(doc: { plainText: string }, start: number, end: number, phrase: string): { valueText: string; valueRange: TextRange } | undefined {
  const plain = doc.plainText;
  const hits = findAll(compactOf(doc, start, end), phrase);
  const last = hits[hits.length - 1];
  if (!last) return undefined;
  const value = extractValue(plain, last.end, end);
  return value.valueText ? value : undefined;
}
