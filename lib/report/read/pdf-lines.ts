// From positioned PDF text items to lines and cells: items on one baseline form a line,
// items closer than about an em form one cell, and page furniture (page numbers,
// running headers/footers) is dropped.
import { isCjk } from './document-builder.ts';

export type PdfItem = { text: string; x: number; xEnd: number; y: number; size: number };

export type PdfPart = { text: string; x: number; xEnd: number };

export type PdfCell = {
  text: string;
  x: number;
  xEnd: number;
  y: number;
  size: number;
  page: number;
  numeric: boolean;
  /** The text items merged into this cell; table headers split them again at column boundaries. */
  parts: PdfPart[];
};

export type PdfLine = {
  page: number;
  y: number;
  /** y on a continuous axis when a table runs over a page break (set by the layout step). */
  yc: number;
  size: number;
  x: number;
  xEnd: number;
  cells: PdfCell[];
};

// Numbers as they appear in these tables, plus the usual placeholders for zero or n/a.
const NUMERIC = /^(?:[-+]?[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?%?|[/／—–-]{1,3})$/;

export function isNumericText(text: string): boolean {
  return NUMERIC.test(text.replace(/\s+/g, ''));
}

/** Layout spaces between two Chinese characters carry no meaning (`商 业 企`, `总 计`). */
export function dropCjkSpaces(text: string): string {
  return text.replace(/(\S) +(?=(\S))/g, (match, before: string, after: string) =>
    isCjk(before) && isCjk(after) ? before : match,
  );
}

function makeCell(items: PdfItem[], page: number): PdfCell {
  let text = '';
  let prevEnd = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    if (text && item.x - prevEnd > item.size * 0.2) text += ' ';
    text += item.text.trim();
    prevEnd = Math.max(prevEnd, item.xEnd);
  }
  text = dropCjkSpaces(text.replace(/\s+/g, ' ').trim());
  const first = items[0] as PdfItem;
  const size = Math.max(...items.map((i) => i.size));
  const parts = items.map((i) => ({ text: dropCjkSpaces(i.text.trim()), x: i.x, xEnd: i.xEnd }));
  return { text, x: first.x, xEnd: prevEnd, y: first.y, size, page, numeric: isNumericText(text), parts };
}

/** Groups one page's items into lines (by baseline) and each line into cells (by horizontal gap). */
export function groupLines(items: PdfItem[], page: number): PdfLine[] {
  const sorted = items.filter((i) => i.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PdfItem[][] = [];
  let current: PdfItem[] = [];
  let lineY = 0;
  let lineSize = 0;
  for (const item of sorted) {
    // Tolerance from the smaller font: numbers set larger than their labels sit ~1.5pt lower.
    if (current.length > 0 && Math.abs(item.y - lineY) <= 0.4 * Math.min(lineSize, item.size)) {
      current.push(item);
      continue;
    }
    if (current.length > 0) lines.push(current);
    current = [item];
    lineY = item.y;
    lineSize = item.size;
  }
  if (current.length > 0) lines.push(current);
  return lines.map((lineItems) => {
    lineItems.sort((a, b) => a.x - b.x);
    const cells: PdfCell[] = [];
    let group: PdfItem[] = [];
    let groupEnd = Number.NEGATIVE_INFINITY;
    for (const item of lineItems) {
      const gap = item.x - groupEnd;
      // Two numbers never share a cell; text closer than ~an em is one cell.
      const bothNumbers = group.length > 0 && isNumericText(item.text) && isNumericText(group.at(-1)?.text ?? '') && gap > item.size * 0.5;
      if (group.length > 0 && (gap > 0.8 * Math.min(item.size, group[0]?.size ?? item.size) || bothNumbers)) {
        cells.push(makeCell(group, page));
        group = [];
        groupEnd = Number.NEGATIVE_INFINITY;
      }
      group.push(item);
      groupEnd = Math.max(groupEnd, item.xEnd);
    }
    if (group.length > 0) cells.push(makeCell(group, page));
    const y = lineItems[0]?.y ?? 0;
    return {
      page,
      y,
      yc: y,
      size: Math.max(...lineItems.map((i) => i.size)),
      x: Math.min(...cells.map((c) => c.x)),
      xEnd: Math.max(...cells.map((c) => c.xEnd)),
      cells,
    };
  });
}

// A web page printed from a browser starts with its site's breadcrumb trail ("首页 > 信息公开",
// "当前位置：首页 > …"): navigation, not report text, and it would be taken for the title.
const BREADCRUMB = /^(?:(?:当前|您的|你的|所在)位置\s*[:：]|首页\s*[>＞»›])/;

/**
 * Drops breadcrumb lines from the first page with text (LibreOffice can print a web page with
 * an empty first page, so that is not always page 1).
 */
export function dropBreadcrumbs(pages: PdfLine[][]): PdfLine[][] {
  const first = pages.findIndex((lines) => lines.length > 0);
  return pages.map((lines, i) => (i === first ? lines.filter((line) => !BREADCRUMB.test(lineText(line).trim())) : lines));
}

const PAGE_NUMBER = /^(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|\d{1,4}|[Pp]age\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/;

function lineText(line: PdfLine): string {
  return line.cells.map((c) => c.text).join(' ');
}

/**
 * Drops page numbers in the top/bottom margin and running headers/footers: margin lines whose
 * text (digits ignored) recurs on at least half of the pages.
 */
export function dropPageFurniture(pages: PdfLine[][], pageHeights: number[]): PdfLine[][] {
  const inMargin = (line: PdfLine): boolean => {
    const height = pageHeights[line.page - 1] ?? 842;
    return line.y < height * 0.08 || line.y > height * 0.92;
  };
  const key = (line: PdfLine): string => lineText(line).replace(/\d+/g, '#');
  const seen = new Map<string, Set<number>>();
  for (const line of pages.flat()) {
    if (!inMargin(line)) continue;
    const k = key(line);
    const set = seen.get(k) ?? new Set<number>();
    set.add(line.page);
    seen.set(k, set);
  }
  const repeatedOn = Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((lines) =>
    lines.filter((line) => {
      if (!inMargin(line)) return true;
      if (PAGE_NUMBER.test(lineText(line).trim())) return false;
      // Only short text lines can be running heads; a row of table numbers may repeat by chance.
      const textual = line.cells.length <= 2 && /[^\d\s#]/.test(key(line));
      return !textual || (seen.get(key(line))?.size ?? 0) < repeatedOn || pages.length < 2;
    }),
  );
}
