// Which national format the report's tables follow. The tables decide, not the year: a 2021
// report may still print the 2019 tables (haitan-2021), and pre-2019 reports have none at all.
import { ARTICLE20_FORMAT_MARKERS, type FormatVersion } from '../format.ts';
import { compactOf } from './compact-text.ts';
import type { SectionSpan } from './locate-sections.ts';

/** `tables`: the spans of sections 二 and 三 (those found), whose text holds the format's markers. */
export function detectFormatVersion(doc: { plainText: string }, tables: readonly SectionSpan[], year: number | undefined): FormatVersion | null {
  const full = compactOf(doc).text;
  // Pre-2019 reports have no 第二十条 tables; they end with a statistics table instead.
  if (!full.includes('第二十条') && (full.includes('政府信息公开情况统计表') || (year !== undefined && year <= 2018))) return 'pre2019';
  // The sections' texts joined: the compact ranges joined (trimmed whitespace compacts to nothing).
  const compact = tables.map((span) => compactOf(doc, span.start, span.end).text).join('');
  const score = (format: '2021' | '2019') => ARTICLE20_FORMAT_MARKERS[format].filter((m) => compact.includes(m)).length;
  const s2021 = score('2021');
  const s2019 = score('2019');
  if (s2021 > 0 || s2019 > 0) return s2021 >= s2019 ? '2021' : '2019';
  if (year === undefined) return null;
  if (year <= 2018) return 'pre2019';
  return year >= 2021 ? '2021' : '2019';
}
