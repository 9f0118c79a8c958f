// Ruling lines (table borders) of a PDF page, from pdf.js's operator list. Browsers print
// table borders as thin filled rectangles (Chromium: one per cell edge); office suites stroke
// lines. Both become horizontal/vertical segments in PDF user space, the space pdf.js's text
// positions are in. Curves, clips and large fills (cell shading, page backgrounds) are skipped.

export type HRule = { y: number; x1: number; x2: number };
export type VRule = { x: number; y1: number; y2: number };
export type Rules = { h: HRule[]; v: VRule[] };

/** The operator ids this module needs, from pdf.js's OPS (passed in to keep pdf.js lazily loaded). */
export type RuleOps = {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
};

export type Matrix = [number, number, number, number, number, number];

// pdf.js 5 DrawOPS codes inside a constructPath's path buffer.
export const MOVE = 0;
export const LINE = 1;
export const CURVE = 2;
const QUAD = 3;
export const CLOSE = 4;

/** A stroke thinner than this, or a fill this thin, is a ruling line. */
const MAX_THICKNESS = 3;
/** Shorter segments are glyph-like marks (underlines of single characters, bullets), not borders. */
const MIN_LENGTH = 4;

function multiply(m: Matrix, n: Matrix): Matrix {
  // n applied first, then m (PDF: CTM' = n × CTM).
  return [
    n[0] * m[0] + n[1] * m[2],
    n[0] * m[1] + n[1] * m[3],
    n[2] * m[0] + n[3] * m[2],
    n[2] * m[1] + n[3] * m[3],
    n[4] * m[0] + n[5] * m[2] + m[4],
    n[4] * m[1] + n[5] * m[3] + m[5],
  ];
}

function asMatrix(value: unknown): Matrix | undefined {
  if (!Array.isArray(value) && !ArrayBuffer.isView(value)) return undefined;
  const m = Array.from(value as ArrayLike<number>);
  return m.length === 6 && m.every(Number.isFinite) ? (m as Matrix) : undefined;
}

type Point = [number, number];

/** Splits a pdf.js path buffer into subpaths of points; a subpath with a curve is dropped. */
function subpaths(path: ArrayLike<number>, ctm: Matrix): { points: Point[]; closed: boolean }[] {
  const out: { points: Point[]; closed: boolean; curved: boolean }[] = [];
  let current: { points: Point[]; closed: boolean; curved: boolean } | undefined;
  const at = (x: number, y: number): Point => [ctm[0] * x + ctm[2] * y + ctm[4], ctm[1] * x + ctm[3] * y + ctm[5]];
  for (let i = 0; i < path.length; ) {
    const op = path[i++];
    if (op === MOVE) {
      current = { points: [at(path[i] ?? 0, path[i + 1] ?? 0)], closed: false, curved: false };
      out.push(current);
      i += 2;
    } else if (op === LINE) {
      current?.points.push(at(path[i] ?? 0, path[i + 1] ?? 0));
      i += 2;
    } else if (op === CURVE || op === QUAD) {
      if (current) current.curved = true;
      i += op === CURVE ? 6 : 4;
    } else if (op === CLOSE) {
      if (current) current.closed = true;
    } else break;
  }
  return out.filter((s) => !s.curved && s.points.length > 1);
}

function addSegment(rules: Rules, [x1, y1]: Point, [x2, y2]: Point): void {
  if (Math.abs(y1 - y2) <= 0.5 && Math.abs(x2 - x1) >= MIN_LENGTH) rules.h.push({ y: (y1 + y2) / 2, x1: Math.min(x1, x2), x2: Math.max(x1, x2) });
  else if (Math.abs(x1 - x2) <= 0.5 && Math.abs(y2 - y1) >= MIN_LENGTH) rules.v.push({ x: (x1 + x2) / 2, y1: Math.min(y1, y2), y2: Math.max(y1, y2) });
}

/** A filled axis-aligned rectangle thin in one direction is a line along the other. */
function addThinFill(rules: Rules, points: Point[]): void {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [left, right, bottom, top] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const onCorners = points.every(([x, y]) => (Math.abs(x - left) <= 0.5 || Math.abs(x - right) <= 0.5) && (Math.abs(y - bottom) <= 0.5 || Math.abs(y - top) <= 0.5));
  if (!onCorners || points.length > 5) return;
  const width = right - left;
  const height = top - bottom;
  if (height <= MAX_THICKNESS && width >= MIN_LENGTH && width > height) rules.h.push({ y: (top + bottom) / 2, x1: left, x2: right });
  else if (width <= MAX_THICKNESS && height >= MIN_LENGTH && height > width) rules.v.push({ x: (left + right) / 2, y1: bottom, y2: top });
}

/** The ruling segments of one page's operator list. */
export function findRules(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, ops: RuleOps): Rules {
  const rules: Rules = { h: [], v: [] };
  const strokes = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const fills = new Set([ops.fill, ops.eoFill]);
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i];
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform) ctm = multiply(ctm, asMatrix(args) ?? [1, 0, 0, 1, 0, 0]);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      const matrix = Array.isArray(args) ? asMatrix(args[0]) : undefined;
      if (matrix) ctm = multiply(ctm, matrix);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === ops.constructPath && Array.isArray(args)) {
      // pdf.js 5: [paint op, [path buffer], bounding box].
      const [paint, data] = args as [unknown, unknown];
      const path: unknown = Array.isArray(data) ? data[0] : undefined;
      if (typeof paint !== 'number' || !(Array.isArray(path) || ArrayBuffer.isView(path))) continue;
      const isStroke = strokes.has(paint);
      if (!isStroke && !fills.has(paint)) continue;
      addPath(rules, path as ArrayLike<number>, ctm, isStroke);
    }
  }
  return rules;
}

/**
 * The ruling segments of one painted path: `path` in pdf.js 5's DrawOPS encoding (user space,
 * Float32 like pdf.js's own buffers), `ctm` the transform to page space. Shared with the fast
 * reader (pdf-parse/), which builds the same buffers, so both paths find the same rules.
 */
export function addPath(rules: Rules, path: ArrayLike<number>, ctm: Matrix, isStroke: boolean): void {
  for (const { points, closed } of subpaths(path, ctm)) {
    if (isStroke) {
      for (let k = 1; k < points.length; k++) addSegment(rules, points[k - 1] as Point, points[k] as Point);
      if (closed) addSegment(rules, points.at(-1) as Point, points[0] as Point);
    } else addThinFill(rules, points);
  }
}
