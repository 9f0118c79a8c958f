// Section 四 → `reviewLitigation.<block>.<column>`: 15 numbers in printed order (行政复议,
// 未经复议直接起诉, 复议后起诉; each 维持/纠正/其他/尚未审结/总计). Glued digits are split with
// each block's arithmetic (总计 = the other four), which is what reads `21317000001324019`.
import { REVIEW_CELL_KEYS } from '../format.ts';
import type { SourceDocument } from '../read/source-document.ts';
import type { Collector } from './collector.ts';
import { findValuesAfterLast } from './glued-rows.ts';
import type { SectionSpan } from './locate-sections.ts';
import { readRow, type RowEvidence } from './row-values.ts';
import { collectTableRows, hasTables, type TableRow } from './table-rows.ts';

export const blockTotalsHold = (v: number[]) =>
  [0, 5, 10].every((s) => v.slice(s, s + 4).reduce((a, b) => a + b, 0) === v[s + 4]);

export function readReview(doc: SourceDocument, span: SectionSpan, c: Collector): void {
  const evidence = findEvidence(doc, span);
  if (!evidence) {
    c.fail({ section: 'reviewLitigation', keys: [...REVIEW_CELL_KEYS], reason: 'not-found', message: '第四部分中未找到行政复议、行政诉讼的数字' });
    return;
  }
  const read = readRow(
    evidence,
    REVIEW_CELL_KEYS.map(() => 'count' as const),
    blockTotalsHold,
  );
  if (read.status !== 'read') {
    c.fail({
      section: 'reviewLitigation',
      keys: [...REVIEW_CELL_KEYS],
      reason: read.status === 'ambiguous' ? 'ambiguous' : 'unparseable',
      message: `第四部分：${read.message}`,
      candidates: read.candidates,
      text: read.text,
    });
    return;
  }
  read.cells.forEach((cell, i) => {
    const key = REVIEW_CELL_KEYS[i];
    if (!key) return;
    if (cell.value !== null && cell.provenance) c.set(key, cell.value, cell.provenance);
    else c.fail({ section: 'reviewLitigation', keys: [key], reason: 'unparseable', message: cell.problem ?? '无法读取' });
  });
}

function findEvidence(doc: SourceDocument, span: SectionSpan): RowEvidence | undefined {
  if (hasTables(doc, span)) {
    // The numbers may sit in one row of 15 or in three rows of 5 (one mini-table per block).
    const rows = collectTableRows(doc, span).filter((r) => r.values.length > 0);
    const full = rows.find((r) => r.values.length === REVIEW_CELL_KEYS.length);
    if (full) return { kind: 'table', row: full };
    if (rows.length > 0) {
      const merged: TableRow = { ...(rows[0] as TableRow), values: rows.flatMap((r) => r.values) };
      return { kind: 'table', row: merged };
    }
  }
  const glued = findValuesAfterLast(doc, span.start, span.end, '总计');
  return glued ? { kind: 'glued', row: { key: 'reviewLitigation', labelRange: glued.valueRange, ...glued } } : undefined;
}
