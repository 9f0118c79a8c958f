// Rows of the reader's tables, as (label, values). Flattened merged cells put labels into
// several cells and shift the numbers right (the seed's `→(三) 不予公开→1. 属于国家秘密→0…`),
// so a row's label is every text cell before its numbers and its values are the cells after.
import { checkDeadlinePerItem } from '../limits.ts';
import { isValueText } from '../normalize/numbers.ts';
import type { SourceCell, SourceDocument, TextRange } from '../read/source-document.ts';

export type ValueCell = { text: string; col: number; range?: TextRange; page?: number };

export type TableRow = {
  table: number;
  row: number;
  label: string;
  /** The distinct label cells, in order (merged-cell copies dropped). */
  labelCells: string[];
  labelRange?: TextRange;
  values: ValueCell[];
};

export function collectTableRows(doc: SourceDocument, span: { start: number; end: number }): TableRow[] {
  const rows: TableRow[] = [];
  // Plain loops rather than slice/filter/findIndex chains: this runs for every row of every
  // table of three sections, and each chain step allocated an array or a closure.
  for (let table = 0; table < doc.blocks.length; table++) {
    const block = doc.blocks[table];
    if (block?.type !== 'table' || block.range.start < span.start || block.range.start >= span.end) continue;
    for (let row = 0; row < block.rows.length; row++) {
      checkDeadlinePerItem();
      rows.push(tableRow(block.rows[row] ?? [], table, row));
    }
  }
  return rows;
}

/**
 * A copy of a cell merged across this row's columns (not one continued from the row above).
 * A module function, not an arrow made per row: under tsx each arrow gets its name defined.
 */
function isCopyInRow(cell: SourceCell | undefined, row: number): boolean {
  return cell?.mergedFrom?.row === row;
}

function tableRow(cells: SourceCell[], table: number, row: number): TableRow {
  // The last cell holding text that is not a number; from the end, so most cells are never parsed.
  let lastLabel = -1;
  for (let i = cells.length - 1; i >= 0; i--) {
    const text = cells[i]?.text ?? '';
    if (text.trim() !== '' && !isValueText(text)) {
      lastLabel = i;
      break;
    }
  }
  // Copies of merged cells repeat a label (（七）总计 （七）总计) or a value across the span.
  let first: TextRange | undefined;
  let last: TextRange | undefined;
  let any = false;
  const labels: string[] = [];
  for (let i = 0; i <= lastLabel; i++) {
    const cell = cells[i];
    if (!cell || cell.text.trim() === '' || (cell.mergedFrom && textBefore(cells, i, cell.text))) continue;
    if (!any) first = cell.range;
    last = cell.range;
    any = true;
    if (!labels.includes(cell.text)) labels.push(cell.text);
  }
  let from = lastLabel + 1;
  let to = cells.length;
  // Blank value cells at either end are dropped (merged-cell copies neither count nor stop it).
  while (from < to && (isCopyInRow(cells[from], row) || cells[from]?.text.trim() === '')) from++;
  while (to > from && (isCopyInRow(cells[to - 1], row) || cells[to - 1]?.text.trim() === '')) to--;
  const values: ValueCell[] = [];
  for (let col = from; col < to; col++) {
    const cell = cells[col];
    if (!cell || isCopyInRow(cell, row)) continue;
    // Optional fields assigned rather than spread in: no throw-away objects per cell.
    const value: ValueCell = { text: cell.text, col };
    if (cell.range) value.range = cell.range;
    if (cell.page !== undefined) value.page = cell.page;
    values.push(value);
  }
  const label = labels.join(' ');
  if (first && last) return { table, row, label, labelCells: labels, labelRange: { start: first.start, end: last.end }, values };
  return { table, row, label, labelCells: labels, values };
}

/** True when a cell before index `i` holds exactly `text`. */
function textBefore(cells: SourceCell[], i: number, text: string): boolean {
  for (let j = 0; j < i; j++) if (cells[j]?.text === text) return true;
  return false;
}

/** True when the span contains at least one reader table (otherwise: glued text). */
export function hasTables(doc: SourceDocument, span: { start: number; end: number }): boolean {
  return doc.blocks.some((b) => b.type === 'table' && b.range.start >= span.start && b.range.start < span.end);
}
