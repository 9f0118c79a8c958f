// Splits a PDF's lines into prose and table runs, joins table runs that continue over a page
// break, and turns prose lines into paragraphs.
import { joinPieces } from './document-builder.ts';
import { continuesGrid, gridRows, joinGrids, splitAtCaptions } from './pdf-grid-table.ts';
import type { GridTable } from './pdf-grid.ts';
import type { PdfLine } from './pdf-lines.ts';
import { buildPdfTable, findColumns, isAnchorLine, type BuiltTable, type PdfTableRun } from './pdf-table.ts';

export type LaidOut = { type: 'paragraph'; text: string; page: number } | { type: 'table'; table: BuiltTable };

type Run = PdfTableRun & { page: number; firstIndex: number; lastIndex: number };

const HEADING = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)\S{4,}/;
const CAPTION = /^第.{1,6}条/;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

type PageInfo = { left: number; right: number; labelSize: number };

function pageInfo(lines: PdfLine[]): PageInfo {
  const labelSizes = lines.filter(isAnchorLine).flatMap((l) => l.cells.filter((c) => !c.numeric).map((c) => c.size));
  return {
    left: Math.min(...lines.map((l) => l.x)),
    right: Math.max(...lines.map((l) => l.xEnd)),
    labelSize: labelSizes.length > 0 ? median(labelSizes) : Infinity,
  };
}

/** Prose: a single cell spanning most of the text width, or a section heading set larger than the table text. */
function isProse(line: PdfLine, info: PageInfo): boolean {
  if (line.cells.length !== 1) return false;
  const cell = line.cells[0];
  if (!cell || isAnchorLine(line)) return false;
  if (cell.xEnd - cell.x >= 0.6 * (info.right - info.left)) return true;
  return HEADING.test(cell.text) && cell.size >= 1.15 * info.labelSize;
}

/** Finds the table runs of one page: anchors with the fragments between them, plus header lines above. */
function findRuns(lines: PdfLine[], page: number): Run[] {
  const info = pageInfo(lines);
  const runs: Run[] = [];
  let current: Run | undefined;
  let numericLeft = Infinity;
  let anchorYs: number[] = [];
  const reachesNumbers = (line: PdfLine): boolean => line.cells.some((c) => !c.numeric && c.xEnd > numericLeft + 2);
  const close = (): void => {
    if (!current) return;
    const lastY = anchorYs.at(-1) ?? 0;
    const pitch = anchorYs.length > 1 ? ((anchorYs[0] ?? 0) - lastY) / (anchorYs.length - 1) : 2 * (lines[current.lastIndex]?.size ?? 10);
    // Trailing fragments only when close to the last row (wrapped label lines), not a caption below.
    let end = current.lastIndex;
    while (end + 1 < lines.length) {
      const next = lines[end + 1] as PdfLine;
      if (isProse(next, info) || isAnchorLine(next) || reachesNumbers(next) || lastY - next.y > 0.6 * Math.max(pitch, next.size * 1.5)) break;
      end++;
    }
    current.body = lines.slice(current.firstIndex + current.header.length, end + 1);
    current.lastIndex = end;
    runs.push(current);
    current = undefined;
  };
  lines.forEach((line, i) => {
    if (!isAnchorLine(line)) {
      if (isProse(line, info)) close();
      // A text line reaching into the number columns is the header of a new table.
      else if (current && reachesNumbers(line)) close();
      return;
    }
    const lineLeft = Math.min(...line.cells.filter((c) => c.numeric).map((c) => c.x));
    if (!current) {
      let first = i;
      const floor = runs.at(-1)?.lastIndex ?? -1;
      while (first - 1 > floor && !isProse(lines[first - 1] as PdfLine, info) && !isAnchorLine(lines[first - 1] as PdfLine)) first--;
      // A leading single-cell 第二十条第（X）项 line is the table's caption: kept as a paragraph.
      while (first < i && lines[first]?.cells.length === 1 && CAPTION.test(lines[first]?.cells[0]?.text ?? '')) first++;
      current = { header: lines.slice(first, i), body: [], page, firstIndex: first, lastIndex: i };
      numericLeft = lineLeft;
      anchorYs = [];
    }
    numericLeft = Math.min(numericLeft, lineLeft);
    anchorYs.push(line.y);
    current.lastIndex = i;
  });
  close();
  return runs;
}

function compatible(a: PdfTableRun, b: PdfTableRun): boolean {
  const colsA = findColumns(a.body.filter(isAnchorLine));
  const colsB = findColumns(b.body.filter(isAnchorLine));
  return colsB.length > 0 && colsB.length <= colsA.length && colsB.every((cb) => colsA.some((ca) => Math.abs(ca.center - cb.center) <= 8));
}

/**
 * `grids` are each page's ruled tables (top to bottom), their text already taken out of
 * `pages`; they are placed among the lines by position.
 */
export function layOut(pages: PdfLine[][], grids: GridTable[][] = []): LaidOut[] {
  const out: LaidOut[] = [];
  const perPage = pages.map((lines, p) => findRuns(lines, p + 1));
  let open: { run: PdfTableRun; out: LaidOut & { type: 'table' } } | undefined;
  // The last ruled table, while nothing has followed it: it may continue on the next page.
  let openGrid: { grid: GridTable; out: LaidOut & { type: 'table' } } | undefined;
  let firstOnPage = true;
  let para: { lines: PdfLine[] } | undefined;
  const flushPara = (): void => {
    if (para) out.push({ type: 'paragraph', text: joinPieces(para.lines.map((l) => l.cells.map((c) => c.text).join(' '))), page: para.lines[0]?.page ?? 1 });
    para = undefined;
  };
  const placeGrid = (whole: GridTable): void => {
    flushPara();
    open = undefined;
    for (const part of splitAtCaptions(whole)) {
      if ('caption' in part) {
        out.push({ type: 'paragraph', text: part.caption, page: part.page });
        openGrid = undefined;
      } else if (openGrid && firstOnPage && continuesGrid(openGrid.grid, part)) {
        openGrid.grid = joinGrids(openGrid.grid, part);
        openGrid.out.table = gridRows(openGrid.grid);
      } else {
        openGrid = { grid: part, out: { type: 'table', table: gridRows(part) } };
        out.push(openGrid.out);
      }
      firstOnPage = false;
    }
  };
  pages.forEach((lines, p) => {
    const info = pageInfo(lines);
    const runs = perPage[p] ?? [];
    const pageGrids = [...(grids[p] ?? [])];
    firstOnPage = true;
    let runIdx = 0;
    for (let i = 0; i < lines.length; i++) {
      while (pageGrids[0] && pageGrids[0].top > (lines[i]?.y ?? 0)) placeGrid(pageGrids.shift() as GridTable);
      openGrid = undefined;
      firstOnPage = false;
      const run = runs[runIdx];
      if (run && i === run.firstIndex) {
        flushPara();
        const continues = open && i === 0 && compatible(open.run, run);
        if (open && continues) {
          // Continue the table on a continuous y axis just below its last line on the previous page.
          const prev = open.run.body.at(-1) as PdfLine;
          const firstLine = (run.header[0] ?? run.body[0]) as PdfLine;
          const shift = prev.yc - 1.2 * prev.size - firstLine.y;
          for (const l of [...run.header, ...run.body]) l.yc = l.y + shift;
          const numbersLeft = Math.min(...findColumns(open.run.body.filter(isAnchorLine)).map((col) => col.left));
          // A header repeated on the new page is dropped; label fragments there belong to the rows.
          const repeatedHeader = run.header.some((l) => l.cells.some((c) => c.xEnd > numbersLeft + 2));
          open.run = { header: open.run.header, body: [...open.run.body, ...(repeatedHeader ? [] : run.header), ...run.body] };
        } else {
          open = { run: { header: run.header, body: run.body }, out: { type: 'table', table: { rows: [], pages: [] } } };
          out.push(open.out);
        }
        open.out.table = buildPdfTable(open.run);
        i = run.lastIndex;
        runIdx++;
        // Only a table that ends its page may continue on the next one.
        if (i !== lines.length - 1) open = undefined;
        continue;
      }
      open = undefined;
      const line = lines[i] as PdfLine;
      const prev = para?.lines.at(-1);
      const newPara =
        !prev ||
        (prev.page === line.page && prev.y - line.y > 2.2 * line.size) ||
        Math.abs(prev.size - line.size) > 1 ||
        line.x > info.left + 0.8 * line.size ||
        prev.xEnd < info.right - 1.5 * prev.size ||
        HEADING.test(line.cells[0]?.text ?? '');
      if (newPara) flushPara();
      para ??= { lines: [] };
      para.lines.push(line);
    }
    if (runs.length === 0 || (runs.at(-1)?.lastIndex ?? -1) < lines.length - 1) open = undefined;
    for (const grid of pageGrids) placeGrid(grid);
  });
  flushPara();
  return out;
}
