// Expands merged cells (HTML rowspan/colspan, DOCX gridSpan) into a grid where every
// covered position holds a copy of the merged cell, so each row carries all of its labels.
import { ReportReadError } from '../errors.ts';
import { checkDeadlinePerItem, LIMITS } from '../limits.ts';
import type { DraftCell } from './document-builder.ts';

/** The error for a table whose merged cells expand beyond LIMITS.maxTableCells. */
export function tooManyCells(): ReportReadError {
  return new ReportReadError('too-large', `表格展开合并单元格后超过 ${LIMITS.maxTableCells} 个单元格上限`);
}

export type SpanCell = { text: string; rowSpan: number; colSpan: number; page?: number };

// Spans beyond these are mistakes or attacks; HTML itself caps colspan at 1000.
const MAX_COLSPAN = 1000;
const MAX_COLUMNS = 4000;

/**
 * Places cells row by row, skipping positions taken by rowspans from above. A rowspan of 0
 * (HTML: "to the end of the section") or one that runs past the last row is clipped.
 */
export function expandSpans(rows: readonly SpanCell[][]): DraftCell[][] {
  const lastIndex = rows.length - 1;
  const grid: (DraftCell | undefined)[][] = [];
  for (let r = 0; r <= lastIndex; r++) grid.push([]);
  let placed = 0;
  for (let r = 0; r <= lastIndex; r++) {
    checkDeadlinePerItem();
    const row = rows[r] ?? [];
    const line = grid[r] ?? [];
    let col = 0;
    for (const cell of row) {
      while (line[col] !== undefined) col++;
      if (col >= MAX_COLUMNS) break;
      const colSpan = Math.min(Math.max(1, cell.colSpan), MAX_COLSPAN, MAX_COLUMNS - col);
      const lastRow = cell.rowSpan <= 0 ? lastIndex : Math.min(lastIndex, r + cell.rowSpan - 1);
      placed += (lastRow - r + 1) * colSpan;
      if (placed > LIMITS.maxTableCells) throw tooManyCells();
      for (let rr = r; rr <= lastRow; rr++) {
        const target = grid[rr];
        if (!target) continue;
        for (let cc = col; cc < col + colSpan; cc++) {
          // An overlapping span from a malformed table: the first cell placed wins.
          if (target[cc] !== undefined) continue;
          const draft: DraftCell =
            rr === r && cc === col ? { text: cell.text } : { text: cell.text, mergedFrom: { row: r, col } };
          if (cell.page !== undefined) draft.page = cell.page;
          target[cc] = draft;
        }
      }
      col += colSpan;
    }
  }
  // Holes left by malformed tables become empty cells so columns stay aligned (filled in
  // place: a copy of every row only fed the garbage collector).
  for (const line of grid) {
    for (let c = 0; c < line.length; c++) line[c] ??= { text: '' };
  }
  return grid as DraftCell[][];
}
