// Tables rendered one cell per line (web pages copied as text, some PDF extractions): runs of
// short lines among which many are bare numbers. A row starts at a label line that follows a
// number; consecutive label lines (merged headers, a label broken over lines) share a row.
import { matchHeading } from '../normalize/labels.ts';
import { collapseSpaces } from './document-builder.ts';
import type { SourceCell, SourceTable } from './source-document.ts';
import type { Line } from './text.ts';

const NUMBER_LINE = /^(?:[+-]?\d[\d,]*(?:\.\d+)?(?:万元|元)?|[—–\-/无]{1,2})$/;
const MIN_NUMBERS = 6;

export function findCellLineTables(lines: Line[], taken: ReadonlySet<number>): { first: number; last: number; table: SourceTable }[] {
  const found: { first: number; last: number; table: SourceTable }[] = [];
  let run: number[] = [];
  const flush = () => {
    const table = buildTable(lines, run);
    const first = run[0];
    const last = run[run.length - 1];
    if (table && first !== undefined && last !== undefined) found.push({ first, last, table });
    run = [];
  };
  lines.forEach((line, index) => {
    const text = line.text.trim();
    if (text === '') return; // blank lines between cells do not end the table
    const isCell = !taken.has(index) && text.length <= 40 && !/[。；]/.test(text) && !matchHeading(text);
    if (isCell) run.push(index);
    else flush();
  });
  flush();
  return found;
}

function buildTable(lines: Line[], run: number[]): SourceTable | undefined {
  const numeric = run.filter((i) => NUMBER_LINE.test((lines[i]?.text ?? '').trim().replace(/\s+/g, '')));
  if (numeric.length < MIN_NUMBERS || numeric.length / run.length < 0.3) return undefined;
  const rows: SourceCell[][] = [];
  let row: SourceCell[] = [];
  let previousWasNumber = false;
  for (const index of run) {
    const line = lines[index];
    if (!line) continue;
    const text = line.text.trim();
    const start = line.start + line.text.indexOf(text);
    const cell: SourceCell = { text: collapseSpaces(text), range: { start, end: start + text.length } };
    const isNumber = NUMBER_LINE.test(text.replace(/\s+/g, ''));
    if (!isNumber && previousWasNumber && row.length > 0) {
      rows.push(row);
      row = [];
    }
    row.push(cell);
    previousWasNumber = isNumber;
  }
  if (row.length > 0) rows.push(row);
  const first = lines[run[0] ?? 0];
  const last = lines[run[run.length - 1] ?? 0];
  return { type: 'table', rows, range: { start: first?.start ?? 0, end: last?.end ?? 0 } };
}
