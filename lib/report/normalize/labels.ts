// Matching labels by what they say: numbering, spaces, punctuation variants and traditional
// characters are folded away before comparing with the wordings in format.ts.
import {
  APPLICATION_LABEL_PREFIXES,
  APPLICATION_OTHER_SINGLE_ROW,
  APPLICATION_ROWS,
  ARTICLE20_ROWS,
  EXTRA_HEADINGS,
  SECTIONS,
  type ApplicationRowDef,
  type Article20RowDef,
  type SectionId,
} from '../format.ts';
import { compactingTable, foldText } from './chinese.ts';
import { memoiseByText } from './memo.ts';

const CN_NUM = '一二三四五六七八九十';
const NUMBERING = new RegExp(
  [
    `第[${CN_NUM}]+[部分项条]`, // 第一部分
    `[${CN_NUM}]+[、.]`, // 一、
    `[(][${CN_NUM}]+[)]`, // (一)
    `\\d{1,2}[、.](?!\\d)`, // 1. 1、
    `\\d{1,2}[)]`, // 1)
    `[(]\\d{1,2}[)]`, // (1)
  ].join('|'),
  'g',
);
const PUNCTUATION = /[\s"'“”‘’「」『』《》<>〈〉,，、。.．:：;；()（）[\]【】/·•_\-—–~～!！?？*#|]/g;

/** Fold a label to the form the phrases in format.ts are written in (memoised: labels recur). */
export const normalizeLabel: (text: string) => string = memoiseByText(computeNormalizedLabel);

function computeNormalizedLabel(text: string): string {
  const folded = foldText(text); // half-width and simplified
  const half = folded.includes('&') ? folded.replace(/&nbsp;?/gi, ' ') : folded;
  // Numbering is removed before punctuation, since the punctuation is what marks it.
  const compact = half.replace(/\s+/g, '');
  return compact.replace(NUMBERING, '').replace(PUNCTUATION, '');
}

// Folded unit, 0 for whitespace and punctuation (bound here: see compactingTable).
const COMPACTING = compactingTable();

// Every character the numbering rules can remove (besides punctuation): 第, 部分项条, numerals, digits.
const NUMBERING_UNITS = new Uint8Array(0x10000);
for (const ch of `第部分项条${CN_NUM}0123456789`) NUMBERING_UNITS[ch.charCodeAt(0)] = 1;

/**
 * True when normalizeLabel(text) is surely longer than `limit`, found in one cheap pass that
 * stops early: it counts the characters no rule removes. Lets matchHeading turn down a
 * paragraph without normalising all of it.
 */
function surelyLongerThan(text: string, limit: number): boolean {
  if (text.length <= limit || text.includes('&')) return false; // &nbsp; removes letters: no cheap bound
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = COMPACTING[text.charCodeAt(i)] ?? 0;
    if (unit !== 0 && NUMBERING_UNITS[unit] !== 1 && ++kept > limit) return true;
  }
  return false;
}

/**
 * The section-三 row a label names, preferring the most specific wording. Given the label's
 * cells, a stray fragment in front (the vertical 三、本年度办理结果 cut to 三、本年) is
 * tolerated by retrying with the trailing cells.
 */
export function matchApplicationRow(label: string | readonly string[]): ApplicationRowDef | undefined {
  if (typeof label !== 'string') {
    for (let from = 0; from < label.length; from++) {
      const found = matchApplicationLabel(label.slice(from).join(' '));
      if (found) return found;
    }
    return undefined;
  }
  return matchApplicationLabel(label);
}

// Memoised: the same row labels recur in every report.
const matchApplicationLabel = memoiseByText(computeApplicationLabel);

const APPLICATION_ROW_CANDIDATES: readonly ApplicationRowDef[] = [...APPLICATION_ROWS, APPLICATION_OTHER_SINGLE_ROW];

function computeApplicationLabel(label: string): ApplicationRowDef | undefined {
  let norm = normalizeLabel(label);
  for (let stripped = true; stripped; ) {
    stripped = false;
    for (const prefix of APPLICATION_LABEL_PREFIXES) {
      if (norm.startsWith(prefix) && norm.length > prefix.length) {
        norm = norm.slice(prefix.length);
        stripped = true;
      }
    }
  }
  let best: { row: ApplicationRowDef; length: number } | undefined;
  for (const row of APPLICATION_ROW_CANDIDATES) {
    for (const phrase of row.phrases) {
      const hit = row.exact ? norm === phrase : norm.includes(phrase);
      if (hit && (!best || phrase.length > best.length)) best = { row, length: phrase.length };
    }
  }
  return best?.row;
}

/** The section-二 row a label names (规章, 行政规范性文件, 行政许可 …); memoised, labels recur. */
export const matchArticle20Row: (label: string) => string | undefined = memoiseByText(computeArticle20Row);

function computeArticle20Row(label: string): string | undefined {
  const norm = normalizeLabel(label);
  let best: { key: string; length: number } | undefined;
  for (const row of ARTICLE20_ROWS as readonly Article20RowDef[]) {
    for (const phrase of row.phrases) {
      if (norm.includes(phrase) && (!best || phrase.length > best.length)) best = { key: row.key, length: phrase.length };
    }
  }
  return best?.key;
}

/** Longest normalised heading line: a heading may carry a short suffix, not a whole sentence. */
const MAX_HEADING_LENGTH = 40;

export type HeadingMatch = { id: SectionId | (typeof EXTRA_HEADINGS)[number]['id']; phrase: string };

/**
 * The section a heading line names. The line may carry numbering, markdown hashes and a
 * short suffix such as （有关情况附表）, but not a whole sentence. Memoised: every short line and
 * paragraph is asked about, and headings and table lines recur from report to report.
 */
export const matchHeading: (line: string) => HeadingMatch | undefined = memoiseByText(computeHeading);

function computeHeading(line: string): HeadingMatch | undefined {
  if (surelyLongerThan(line, MAX_HEADING_LENGTH)) return undefined;
  // 一总体情况: an ordinal without its 、 is not caught by the numbering rule.
  const norm = normalizeLabel(line).replace(/^[一二三四五六七八九十]{1,2}(?=[^一二三四五六七八九十])/, '');
  if (norm.length === 0 || norm.length > MAX_HEADING_LENGTH) return undefined;
  for (const c of headingPhrases()) {
    if (norm.startsWith(c.normalized) && norm.length <= c.normalized.length + 10) return { id: c.id, phrase: c.phrase };
  }
  return undefined;
}

type HeadingPhrase = HeadingMatch & { normalized: string };
let headingCache: readonly HeadingPhrase[] | undefined;

/** Every section heading wording with its normalised form, in matching order (computed once). */
export function headingPhrases(): readonly HeadingPhrase[] {
  headingCache ??= [
    ...SECTIONS.flatMap((s) => s.headings.map((h) => ({ id: s.id as HeadingMatch['id'], phrase: h }))),
    ...EXTRA_HEADINGS.flatMap((s) => s.headings.map((h) => ({ id: s.id as HeadingMatch['id'], phrase: h }))),
  ].map((c) => ({ ...c, normalized: normalizeLabel(c.phrase) }));
  return headingCache;
}
