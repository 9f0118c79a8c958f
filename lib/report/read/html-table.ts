// HTML tables: own rows only (nested tables are read separately), cell text with <p>/<br>
// pieces joined the way a reader sees them, and rowspan/colspan expanded.
import { joinPieces, type DraftCell } from './document-builder.ts';
import { isMarkupElement, type MarkupDocument, type MarkupElement as Element, type MarkupNode as ChildNode } from './markup-tree.ts';
import { expandSpans, type SpanCell } from './table-grid.ts';

export const isElement: (node: ChildNode | MarkupDocument) => node is Element = isMarkupElement;

/** Elements that end a line of text: inside a cell they separate pieces, in the flow they end paragraphs. */
export const BLOCK_TAGS = new Set([
  'p', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'section', 'article',
  'blockquote', 'pre', 'center', 'address', 'hr', 'main', 'figure', 'figcaption', 'caption', 'tr', 'td', 'th',
  'table', 'tbody', 'thead', 'tfoot', 'form', 'fieldset', 'header', 'footer', 'nav', 'aside',
]);

/** Never text: scripts, styles, embedded objects and form controls. */
export const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'button', 'select',
  'input', 'textarea', 'head', 'link', 'meta', 'map', 'audio', 'video',
]);

export function isHidden(el: Element): boolean {
  const style = el.attribs.style;
  return el.attribs.hidden !== undefined || (style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style));
}

function spanOf(value: string | undefined): number {
  if (value === undefined) return 1;
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : 1;
}

/** The table's own <tr> elements, in order, without descending into nested tables. */
export function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (!isElement(child)) continue;
    if (child.name === 'tr') rows.push(child);
    else if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') {
      for (const row of child.children) if (isElement(row) && row.name === 'tr') rows.push(row);
    }
  }
  return rows;
}

export function rowCells(row: Element): Element[] {
  return row.children.filter((c): c is Element => isElement(c) && (c.name === 'td' || c.name === 'th'));
}

type CellScan = { pieces: string[]; images: number; nestedTables: number; blocks: number };

function scanCell(node: Element, scan: CellScan, depth: number): void {
  for (const child of node.children) {
    if (child.type === 'text') {
      scan.pieces[scan.pieces.length - 1] += child.data;
      continue;
    }
    if (!isElement(child) || SKIP_TAGS.has(child.name) || isHidden(child)) continue;
    if (child.name === 'img') scan.images++;
    if (child.name === 'table') scan.nestedTables++;
    const block = BLOCK_TAGS.has(child.name);
    if (block) {
      scan.blocks++;
      scan.pieces.push('');
    }
    // Pathologically deep markup is read flat rather than recursed into without bound.
    if (depth < 200) scanCell(child, scan, depth + 1);
    if (block) scan.pieces.push('');
  }
}

export function scanCellContent(cell: Element): CellScan {
  const scan: CellScan = { pieces: [''], images: 0, nestedTables: 0, blocks: 0 };
  scanCell(cell, scan, 0);
  return scan;
}

export type HtmlTable = { rows: DraftCell[][]; imageOnly: boolean; layout: boolean };

/**
 * Reads a table in one pass. `layout` is set for tables used for page layout (a nested table,
 * or one or two wide columns of prose): those are re-read as flow by the caller so their
 * paragraphs and inner tables keep their own structure.
 */
export function readTableElement(table: Element): HtmlTable {
  let images = 0;
  let textChars = 0;
  let maxCols = 0;
  let nested = false;
  let proseCells = 0;
  const spanRows: SpanCell[][] = tableRows(table).map((row) => {
    const cells = rowCells(row);
    maxCols = Math.max(maxCols, cells.length);
    return cells.map((cell) => {
      const scan = scanCellContent(cell);
      images += scan.images;
      if (scan.nestedTables > 0) nested = true;
      const text = joinPieces(scan.pieces);
      if (scan.blocks >= 3 && text.length > 300) proseCells++;
      textChars += text.length;
      return { text, rowSpan: spanOf(cell.attribs.rowspan), colSpan: spanOf(cell.attribs.colspan) };
    });
  });
  const layout = nested || (maxCols <= 2 && proseCells > 0);
  return { rows: layout ? [] : expandSpans(spanRows), imageOnly: images > 0 && textChars === 0, layout };
}
