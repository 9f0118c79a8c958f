// Section 二 → `article20.<row>.<column>`, with the columns of the layout the report uses.
// These rows have no arithmetic of their own, so glued digits are split only when the split is
// forced (as many digits as cells); anything else is reported with its possible readings.
import { ARTICLE20_ROWS, type Article20RowDef } from '../format.ts';
import { matchArticle20Row } from '../normalize/labels.ts';
import type { SourceDocument } from '../read/source-document.ts';
import type { Collector } from './collector.ts';
import { segmentGluedRows } from './glued-rows.ts';
import type { SectionSpan } from './locate-sections.ts';
import { readRow, type RowEvidence } from './row-values.ts';
import { collectTableRows, hasTables } from './table-rows.ts';

const ROWS: readonly Article20RowDef[] = ARTICLE20_ROWS;

// Each row's `article20.<row>.<column>` keys per layout, built once rather than per report.
const KEYS: ReadonlyMap<Article20RowDef, Partial<Record<'2021' | '2019', readonly string[]>>> = new Map(
  ROWS.map((def) => [
    def,
    {
      '2021': def.columns['2021']?.map((col) => `article20.${def.key}.${col.key}`),
      '2019': def.columns['2019']?.map((col) => `article20.${def.key}.${col.key}`),
    },
  ]),
);

// The rows' glued-text definitions (their phrases), built once.
const GLUED_DEFS = ROWS.map((r) => ({ key: r.key, phrases: r.phrases }));

export function readArticle20(doc: SourceDocument, span: SectionSpan, format: '2021' | '2019', c: Collector): void {
  const evidence = findEvidence(doc, span);
  for (const def of ROWS) {
    const columns = def.columns[format];
    if (!columns) continue;
    const keys = [...(KEYS.get(def)?.[format] ?? columns.map((col) => `article20.${def.key}.${col.key}`))];
    const found = evidence.get(def.key);
    if (!found) {
      const why = def.key === 'rules' ? '（乡镇一级通常不制定规章，但表格应列出该行）' : '';
      c.fail({ section: 'article20', keys, reason: 'not-found', message: `第二部分未列出“${def.label}”行${why}` });
      continue;
    }
    const read = readRow(
      found,
      columns.map((col) => col.kind),
    );
    if (read.status !== 'read') {
      c.fail({
        section: 'article20',
        keys,
        reason: read.status === 'ambiguous' ? 'ambiguous' : 'unparseable',
        message: `第二部分“${def.label}”行：${read.message}（该表没有可用于拆分的勾稽关系）`,
        candidates: read.candidates,
        text: read.text,
      });
      continue;
    }
    read.cells.forEach((cell, i) => {
      const key = keys[i];
      if (!key) return;
      if (cell.value !== null && cell.provenance) c.set(key, cell.value, cell.provenance);
      else c.fail({ section: 'article20', keys: [key], reason: 'unparseable', message: cell.problem ?? '无法读取' });
    });
  }
}

function findEvidence(doc: SourceDocument, span: SectionSpan): Map<string, RowEvidence> {
  const evidence = new Map<string, RowEvidence>();
  if (hasTables(doc, span)) {
    for (const row of collectTableRows(doc, span)) {
      if (row.values.length === 0) continue;
      const key = matchArticle20Row(row.label);
      if (key && !evidence.has(key)) evidence.set(key, { kind: 'table', row });
    }
  }
  // Rows the tables did not yield may still stand in the text (a row printed as a paragraph).
  for (const row of segmentGluedRows(doc, span.start, span.end, GLUED_DEFS)) {
    if (row.valueText !== '' && !evidence.has(row.key)) evidence.set(row.key, { kind: 'glued', row });
  }
  return evidence;
}
