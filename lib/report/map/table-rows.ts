// Rows of the reader's tables, as (label, values). Flattened merged cells put labels into
// several cells and shift the numbers right (the seed's `→(三) 不予公开→1. 属于国家秘密→0…`),
// so a row's label is every text cell before its numbers and its values are the cells after.
import { checkDeadline } from '../limits.ts';
import { isValueText } from '../normalize/numbers.ts';
import type { SourceDocument, TextRange } from '../read/source-document.ts';

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
  doc.blocks.forEach((block, table) => {
    if (block.type !== 'table' || block.range.start < span.start || block.range.start >= span.end) return;
    block.rows.forEach((cells, row) => {
      checkDeadline();
      let lastLabel = -1;
      cells.forEach((cell, i) => {
        if (cell.text.trim() !== '' && !isValueText(cell.text)) lastLabel = i;
      });
      // Copies of merged cells repeat a label (（七）总计 （七）总计) or a value across the span.
      const labelCells = cells
        .slice(0, lastLabel + 1)
        .filter((c, i, all) => c.text.trim() !== '' && !(c.mergedFrom && all.some((o, j) => j < i && o.text === c.text)));
      const distinct = labelCells.filter((c, i) => labelCells.findIndex((o) => o.text === c.text) === i);
      const valueCells: ValueCell[] = [];
      cells.forEach((c, col) => {
        if (col <= lastLabel || (c.mergedFrom && c.mergedFrom.row === row)) return;
        // Optional fields assigned rather than spread in: no throw-away objects per cell.
        const value: ValueCell = { text: c.text, col };
        if (c.range) value.range = c.range;
        if (c.page !== undefined) value.page = c.page;
        valueCells.push(value);
      });
      while (valueCells[0]?.text.trim() === '') valueCells.shift();
      while (valueCells[valueCells.length - 1]?.text.trim() === '') valueCells.pop();
      const first = labelCells[0]?.range;
      const last = labelCells[labelCells.length - 1]?.range;
      rows.push({
        table,
        row,
        label: distinct.map((c) => c.text).join(' '),
        labelCells: distinct.map((c) => c.text),
        ...(first && last ? { labelRange: { start: first.start, end: last.end } } : {}),
        values: valueCells,
      });
    });
  });
  return rows;
}

/** True when the span contains at least one reader table (otherwise: glued text). */
export function hasTables(doc: SourceDocument, span: { start: number; end: number }): boolean {
  return doc.blocks.some((b) => b.type === 'table' && b.range.start >= span.start && b.range.start < span.end);
}
