// HTML tables: own rows only (nested tables are read separately), cell text with <p>/<br>
// pieces joined the way a reader sees them, and rowspan/colspan expanded.
import { collapseSpaces, isCjk, type DraftCell } from './document-builder.ts';
import type { HtmlElement as Element } from './html-tree.ts';
import { expandSpans, type SpanCell } from './table-grid.ts';

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

export function isHidden(el: Element): boolean {
  const attribs = el.attribs;
  const style = attribs.style;
  return attribs.hidden !== undefined || (style !== undefined && HIDDEN_STYLE.test(style));
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
    if (child.type === 'text') continue;
    if (child.name === 'tr') rows.push(child);
    else if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') {
      for (const row of child.children) if (row.type !== 'text' && row.name === 'tr') rows.push(row);
    }
  }
  return rows;
}

/**
 * One cell's text as joinPieces would join its pieces (the text between block elements):
 * each piece collapsed, CJK against CJK joined directly, anything else with one space. The
 * pieces are joined as they end instead of being collected first: one scan per table, reset
 * per cell, and no array per cell.
 */
class CellScan {
  text = '';
  piece = '';
  images = 0;
  nestedTables = 0;
  blocks = 0;

  reset(): void {
    this.text = '';
    this.piece = '';
    this.nestedTables = 0;
    this.blocks = 0;
  }

  endPiece(): void {
    const raw = this.piece;
    if (raw === '') return; // most pieces of a cell are the empty ones around its <p>
    this.piece = '';
    const piece = collapseSpaces(raw);
    if (!piece) return;
    const out = this.text;
    this.text = out && !(isCjk(out.at(-1)) && isCjk(piece[0])) ? `${out} ${piece}` : out + piece;
  }

  scan(node: Element, depth: number): void {
    for (const child of node.children) {
      if (child.type === 'text') {
        this.piece += child.data;
        continue;
      }
      if (child.skip || isHidden(child)) continue;
      if (child.name === 'img') this.images++;
      if (child.name === 'table') this.nestedTables++;
      const block = child.block;
      if (block) {
        this.blocks++;
        this.endPiece();
      }
      // Pathologically deep markup is read flat rather than recursed into without bound.
      if (depth < 200) this.scan(child, depth + 1);
      if (block) this.endPiece();
    }
  }
}

export type HtmlTable = { rows: DraftCell[][]; imageOnly: boolean; layout: boolean };

/**
 * Reads a table in one pass. `layout` is set for tables used for page layout (a nested table,
 * or one or two wide columns of prose): those are re-read as flow by the caller so their
 * paragraphs and inner tables keep their own structure.
 */
export function readTableElement(table: Element): HtmlTable {
  let textChars = 0;
  let maxCols = 0;
  let nested = false;
  let proseCells = 0;
  const scan = new CellScan();
  const spanRows: SpanCell[][] = [];
  for (const row of tableRows(table)) {
    const cells: SpanCell[] = [];
    for (const cell of row.children) {
      if (cell.type === 'text' || (cell.name !== 'td' && cell.name !== 'th')) continue;
      scan.reset();
      scan.scan(cell, 0);
      scan.endPiece();
      if (scan.nestedTables > 0) nested = true;
      const text = scan.text;
      if (scan.blocks >= 3 && text.length > 300) proseCells++;
      textChars += text.length;
      cells.push({ text, rowSpan: spanOf(cell.attribs.rowspan), colSpan: spanOf(cell.attribs.colspan) });
    }
    maxCols = Math.max(maxCols, cells.length);
    spanRows.push(cells);
  }
  const layout = nested || (maxCols <= 2 && proseCells > 0);
  return { rows: layout ? [] : expandSpans(spanRows), imageOnly: scan.images > 0 && textChars === 0, layout };
}
