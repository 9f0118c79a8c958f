// Ruled tables as table blocks: a grid continued over a page break is joined (a cell the
// break cut in two, open at the bottom of one page and at the top of the next, is one cell
// again), and merged cells are written out like HTML rowspan/colspan copies.
import { joinPieces, type DraftCell } from './document-builder.ts';
import { isNumericText } from './pdf-lines.ts';
import type { BuiltTable } from './pdf-table.ts';
import type { GridCell, GridTable } from './pdf-grid.ts';

const ENUMERATED = /^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+\s*[.、．])/;

function isLabel(text: string): boolean {
  return text !== '' && !isNumericText(text);
}

/** A table continues on the next page when its columns sit at the same x positions. */
export function continuesGrid(above: GridTable, below: GridTable): boolean {
  return above.xs.length === below.xs.length && above.xs.every((x, i) => Math.abs(x - (below.xs[i] ?? Infinity)) <= 4);
}

/** Appends `below` (the next page's part) to `above`, joining the cells the page break cut. */
export function joinGrids(above: GridTable, below: GridTable): GridTable {
  const offset = above.rowCount;
  const cells: GridCell[] = above.cells.map((c) => ({ ...c }));
  for (const cell of below.cells) {
    const above = cell.r0 === 0 ? cells.find((c) => c.r1 === offset - 1 && c.c0 === cell.c0 && c.c1 === cell.c1) : undefined;
    // Cut by the break: no border closes it, or (borders redrawn) a label carries on mid-phrase
    // ("（四）无" / "法提供"): a numbered label above, text below that a label of its own
    // would start with a number.
    const cut =
      above && ((cell.openTop && above.openBottom) || (ENUMERATED.test(above.text) && isLabel(cell.text) && !ENUMERATED.test(cell.text)))
        ? above
        : undefined;
    // Where the break redraws the borders, a rowspan label's part on the new page is an empty
    // cell under the label: it continues the label (an empty cell under a number stays empty).
    const under = !cut && above && !cell.text && isLabel(above.text) ? above : undefined;
    if (cut) {
      cut.r1 = cell.r1 + offset;
      cut.text = joinPieces([cut.text, cell.text]);
      cut.openBottom = cell.openBottom;
    } else if (under) under.r1 = cell.r1 + offset;
    else cells.push({ ...cell, r0: cell.r0 + offset, r1: cell.r1 + offset });
  }
  return { ...above, bottom: below.bottom, rowCount: offset + below.rowCount, cells };
}

export type GridPart = GridTable | { caption: string; page: number };

/**
 * A row that is one cell across the whole width (第二十条第（八）项 over its table) is a
 * caption: it becomes a paragraph and the grid is cut there.
 */
export function splitAtCaptions(grid: GridTable): GridPart[] {
  const cols = grid.xs.length - 1;
  const captions = grid.cells.filter((c) => c.r0 === c.r1 && c.c0 === 0 && c.c1 === cols - 1 && c.text && cols > 1);
  if (captions.length === 0) return [grid];
  const parts: GridPart[] = [];
  let from = 0;
  const piece = (to: number): void => {
    if (to <= from) return;
    const cells = grid.cells.filter((c) => c.r0 >= from && c.r1 < to).map((c) => ({ ...c, r0: c.r0 - from, r1: c.r1 - from }));
    if (cells.some((c) => c.text)) parts.push({ ...grid, rowCount: to - from, cells });
  };
  for (const caption of [...captions].sort((a, b) => a.r0 - b.r0)) {
    piece(caption.r0);
    parts.push({ caption: caption.text, page: caption.page });
    from = caption.r0 + 1;
  }
  piece(grid.rowCount);
  return parts;
}

/** Rows of draft cells; a grid row made only of cells that began above it (a cut row joined again) is dropped. */
export function gridRows(grid: GridTable): BuiltTable {
  const cols = grid.xs.length - 1;
  const owner: (GridCell | undefined)[][] = Array.from({ length: grid.rowCount }, () => new Array<GridCell | undefined>(cols));
  for (const cell of grid.cells) {
    for (let r = cell.r0; r <= cell.r1; r++) for (let c = cell.c0; c <= cell.c1; c++) (owner[r] as (GridCell | undefined)[])[c] = cell;
  }
  const kept = owner.flatMap((row, r) => (row.some((cell) => cell && cell.r0 === r) ? [r] : []));
  const newRow = new Map(kept.map((r, i) => [r, i]));
  const firstKept = (cell: GridCell): number => kept.findIndex((r) => r >= cell.r0);
  const rows = kept.map((r, i) =>
    Array.from({ length: cols }, (_, c): DraftCell => {
      const cell = owner[r]?.[c];
      if (!cell) return { text: '' };
      const originRow = newRow.get(cell.r0) ?? firstKept(cell);
      if (originRow === i && c === cell.c0) return { text: cell.text, page: cell.page };
      return { text: cell.text, page: cell.page, mergedFrom: { row: originRow, col: cell.c0 } };
    }),
  );
  const pages = [...new Set(grid.cells.map((c) => c.page))].sort((a, b) => a - b);
  return { rows, pages };
}
