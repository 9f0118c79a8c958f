// Ruled tables: where a page draws a grid of borders, the cells are the grid's rectangles and
// the text inside one rectangle is one cell, however it wraps. Neighbouring grid positions
// with no border between them are one merged cell (rowspan/colspan). Text positions alone
// cannot tell a wrapped label from two rows; the borders can.
import { joinPieces } from './document-builder.ts';
import { groupLines, type PdfItem } from './pdf-lines.ts';
import type { HRule, Rules, VRule } from './pdf-rules.ts';

/** One merged cell: grid rows r0..r1 and columns c0..c1 (inclusive), rows counted from the top. */
export type GridCell = { text: string; r0: number; r1: number; c0: number; c1: number; page: number; openTop: boolean; openBottom: boolean };

export type GridTable = { page: number; top: number; bottom: number; left: number; right: number; xs: number[]; rowCount: number; cells: GridCell[] };

const TOL = 2;

/** Joins collinear segments that touch or overlap (Chromium draws one piece per cell edge). */
function mergeH(rules: HRule[]): HRule[] {
  const byY = [...rules].sort((a, b) => a.y - b.y);
  const out: HRule[] = [];
  for (let i = 0; i < byY.length; ) {
    // Rules within 1pt of each other's y are one line; merge their x intervals in x order.
    let j = i + 1;
    while (j < byY.length && (byY[j]?.y ?? 0) - (byY[j - 1]?.y ?? 0) <= 1) j++;
    const row = byY.slice(i, j).sort((a, b) => a.x1 - b.x1);
    let last: HRule | undefined;
    for (const r of row) {
      if (last && r.x1 <= last.x2 + TOL) last.x2 = Math.max(last.x2, r.x2);
      else out.push((last = { ...r }));
    }
    i = j;
  }
  return out;
}

function mergeV(rules: VRule[]): VRule[] {
  const flipped = mergeH(rules.map((r) => ({ y: r.x, x1: r.y1, x2: r.y2 })));
  return flipped.map((r) => ({ x: r.y, y1: r.x1, y2: r.x2 }));
}

/** Sorted positions with those closer than TOL taken as one. */
function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out.at(-1);
    if (last && v - (last.at(-1) ?? v) <= TOL) last.push(v);
    else out.push([v]);
  }
  return out.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}

function find(parent: number[], i: number): number {
  while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
  return i;
}

function union(parent: number[], a: number, b: number): void {
  parent[find(parent, a)] = find(parent, b);
}

/** Groups of rules that touch each other: one group per table. */
function components(h: HRule[], v: VRule[]): { h: HRule[]; v: VRule[] }[] {
  const parent = Array.from({ length: h.length + v.length }, (_, i) => i);
  h.forEach((hr, i) => {
    v.forEach((vr, j) => {
      if (vr.x >= hr.x1 - TOL && vr.x <= hr.x2 + TOL && hr.y >= vr.y1 - TOL && hr.y <= vr.y2 + TOL) union(parent, i, h.length + j);
    });
  });
  const groups = new Map<number, { h: HRule[]; v: VRule[] }>();
  const get = (i: number): { h: HRule[]; v: VRule[] } => {
    const root = find(parent, i);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { h: [], v: [] }));
    return g;
  };
  h.forEach((r, i) => get(i).h.push(r));
  v.forEach((r, j) => get(h.length + j).v.push(r));
  return [...groups.values()].filter((g) => g.h.length >= 2 && g.v.length >= 2);
}

/**
 * pdf.js joins text runs that nearly touch into one item, even across a cell border
 * ("本年废止件数现" + "行有效件数"): cut an item where a border crosses it, at the character
 * the border falls on (glyph widths taken as equal, which CJK text is).
 */
function splitAtBorders(item: PdfItem, xs: number[], hasV: (x: number, y: number) => boolean): PdfItem[] {
  const chars = [...item.text];
  const step = (item.xEnd - item.x) / Math.max(1, chars.length);
  const cy = item.y + item.size * 0.3;
  const cuts = xs.filter((x) => x > item.x + step / 2 && x < item.xEnd - step / 2 && hasV(x, cy));
  if (cuts.length === 0 || chars.length < 2) return [item];
  const out: PdfItem[] = [];
  let from = 0;
  for (const x of [...cuts, item.xEnd]) {
    const to = x === item.xEnd ? chars.length : Math.round((x - item.x) / step);
    if (to > from) out.push({ ...item, text: chars.slice(from, to).join(''), x: item.x + from * step, xEnd: item.x + to * step });
    from = Math.max(from, to);
  }
  return out;
}

function buildGrid(h: HRule[], v: VRule[], items: PdfItem[], page: number): GridTable | undefined {
  const xs = cluster(v.map((r) => r.x));
  // Rows also end where the verticals end: a table cut by a page break has no closing border.
  const ys = cluster([...h.map((r) => r.y), ...v.map((r) => r.y1), ...v.map((r) => r.y2)]).reverse();
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  if (rows < 1 || cols < 1 || rows * cols < 2) return undefined;
  const hasV = (x: number, y: number): boolean => v.some((r) => Math.abs(r.x - x) <= TOL && r.y1 - TOL <= y && r.y2 + TOL >= y);
  const hasH = (y: number, x: number): boolean => h.some((r) => Math.abs(r.y - y) <= TOL && r.x1 - TOL <= x && r.x2 + TOL >= x);
  const midY = (r: number): number => ((ys[r] ?? 0) + (ys[r + 1] ?? 0)) / 2;
  const midX = (c: number): number => ((xs[c] ?? 0) + (xs[c + 1] ?? 0)) / 2;
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols && !hasV(xs[c + 1] ?? 0, midY(r))) union(parent, r * cols + c, r * cols + c + 1);
      if (r + 1 < rows && !hasH(ys[r + 1] ?? 0, midX(c))) union(parent, r * cols + c, (r + 1) * cols + c);
    }
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < rows * cols; i++) groups.set(find(parent, i), [...(groups.get(find(parent, i)) ?? []), i]);
  const owner = new Array<number>(rows * cols);
  const cells: GridCell[] = [];
  for (const members of groups.values()) {
    const rs = members.map((i) => Math.floor(i / cols));
    const cs = members.map((i) => i % cols);
    const [r0, r1, c0, c1] = [Math.min(...rs), Math.max(...rs), Math.min(...cs), Math.max(...cs)];
    const closed =
      members.length === (r1 - r0 + 1) * (c1 - c0 + 1) &&
      Array.from({ length: r1 - r0 + 1 }, (_, k) => r0 + k).every((r) => hasV(xs[c0] ?? 0, midY(r)) && hasV(xs[c1 + 1] ?? 0, midY(r)));
    // Space no border encloses (a short row's missing cells) stays empty, one cell per position.
    const parts = closed ? [{ r0, r1, c0, c1 }] : members.map((i) => ({ r0: Math.floor(i / cols), r1: Math.floor(i / cols), c0: i % cols, c1: i % cols }));
    for (const p of parts) {
      for (let r = p.r0; r <= p.r1; r++) for (let c = p.c0; c <= p.c1; c++) owner[r * cols + c] = cells.length;
      const openTop = p.r0 === 0 && !hasH(ys[0] ?? 0, midX(p.c0));
      const openBottom = p.r1 === rows - 1 && !hasH(ys[rows] ?? 0, midX(p.c0));
      cells.push({ text: '', ...p, page, openTop, openBottom });
    }
  }
  const texts: PdfItem[][] = cells.map(() => []);
  for (const item of items.flatMap((i) => splitAtBorders(i, xs, hasV))) {
    const cx = (item.x + item.xEnd) / 2;
    const cy = item.y + item.size * 0.3;
    const c = xs.findIndex((x, k) => k < cols && cx >= x && cx < (xs[k + 1] ?? x));
    const r = ys.findIndex((y, k) => k < rows && cy <= y && cy > (ys[k + 1] ?? y));
    if (c >= 0 && r >= 0) texts[owner[r * cols + c] ?? 0]?.push(item);
  }
  cells.forEach((cell, i) => {
    cell.text = joinPieces(groupLines(texts[i] ?? [], page).map((line) => line.cells.map((c) => c.text).join(' ')));
  });
  return { page, top: ys[0] ?? 0, bottom: ys[rows] ?? 0, left: xs[0] ?? 0, right: xs[cols] ?? 0, xs, rowCount: rows, cells };
}

/** The ruled tables of one page (top to bottom) and the text items outside them. */
export function findGrids(rules: Rules, items: PdfItem[], page: number): { grids: GridTable[]; rest: PdfItem[] } {
  const grids: GridTable[] = [];
  let rest = items;
  for (const part of components(mergeH(rules.h), mergeV(rules.v))) {
    // The component's bounds, once (not per item: a page has hundreds of items).
    const xs = part.v.map((r) => r.x);
    const ys = [...part.h.map((r) => r.y), ...part.v.flatMap((r) => [r.y1, r.y2])];
    const [left, right, bottom, top] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const inside = (item: PdfItem): boolean => {
      const cx = (item.x + item.xEnd) / 2;
      const cy = item.y + item.size * 0.3;
      return cx > left && cx < right && cy > bottom && cy < top;
    };
    const mine = rest.filter(inside);
    // A box with no text, or drawn around a single paragraph, is decoration, not a table.
    if (mine.length === 0) continue;
    const grid = buildGrid(part.h, part.v, mine, page);
    if (!grid || grid.cells.filter((c) => c.text).length < 2) continue;
    grids.push(grid);
    rest = rest.filter((item) => !inside(item));
  }
  grids.sort((a, b) => b.top - a.top);
  return { grids, rest };
}
