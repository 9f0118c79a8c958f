// Splitting glued digits into a known number of cells. `21710000218` for 7 cells can be read
// many ways; only the arithmetic of the table (row total = sum of the applicant columns, block
// total = sum of its parts) tells which one is meant. We enumerate every reading, keep those the
// arithmetic allows, and accept a reading only when exactly one remains — never a guess.
import { checkDeadlineSampled } from '../limits.ts';
import { whitespaceTable } from '../normalize/whitespace.ts';

export type SplitResult =
  | { status: 'ok'; values: number[]; note?: string }
  | { status: 'ambiguous'; candidates: number[][]; message: string }
  | { status: 'unreadable'; candidates: number[][]; message: string };

export type Constraint = (values: number[]) => boolean;

/** Whitespace-separated groups of digits (a cell never spans two groups); units dropped. */
export function tokenizeValueText(text: string): { groups: string[]; unit?: '元' | '万元' } {
  // Most value text is ASCII digits and spaces: none of the rewrites below would change it.
  if (!NEEDS_REWRITE.test(text)) return { groups: listDigitGroups(text) };
  const half = text.replace(/[\u3000\u00A0]|&nbsp;?/g, ' ').replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const unit = /万元\s*$/.test(half) ? '万元' : /元\s*$/.test(half) ? '元' : undefined;
  const groups = listDigitGroups(half.replace(/万?元/g, ' '));
  return unit ? { groups, unit } : { groups };
}

const WHITESPACE_UNIT = whitespaceTable();

/** text.split(/\s+/).filter((g) => DIGIT_GROUP.test(g)) in one scan, without the regex split's array. */
function listDigitGroups(text: string): string[] {
  const groups: string[] = [];
  let start = -1; // where the current token began, -1 between tokens
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && WHITESPACE_UNIT[text.charCodeAt(i)] !== 1) {
      if (start === -1) start = i;
      continue;
    }
    if (start === -1) continue;
    const token = text.slice(start, i);
    if (DIGIT_GROUP.test(token)) groups.push(token);
    start = -1;
  }
  return groups;
}

// What tokenizeValueText rewrites (spaces, &nbsp;, full-width digits and points) or reads (元).
const NEEDS_REWRITE = /[\u3000\u00A0&０-９．元]/;
const DIGIT_GROUP = /^\d+(?:\.\d+)?$/;

// `digit` is the atom's leading digit; `text` is set only for a digit carrying a decimal part.
type Atom = { digit: number; text: string | undefined; groupStart: boolean };

/** Digits before the decimal points: one atom each. */
function countDigits(groups: string[]): number {
  return groups.reduce((n, g) => n + (g.indexOf('.') === -1 ? g.length : g.indexOf('.')), 0);
}

function toAtoms(groups: string[]): Atom[] {
  const atoms: Atom[] = [];
  for (const group of groups) {
    // The point found with indexOf rather than split('.'): no array and no piece strings per group.
    const point = group.indexOf('.');
    const whole = point === -1 ? group.length : point;
    for (let i = 0; i < whole; i++) atoms.push({ digit: group.charCodeAt(i) - 0x30, text: undefined, groupStart: i === 0 });
    // A decimal part belongs to the digit before the point.
    const last = atoms[atoms.length - 1];
    if (point !== -1 && last) last.text = `${last.digit}.${group.slice(point + 1)}`;
  }
  return atoms;
}

const MAX_CANDIDATES = 5000;
// Bounds that keep a pathological row (thousands of glued digits) from exploding: no cell of a
// report has more than 12 digits before the point (a trillion), and the search visits at most
// MAX_STEPS partial readings. Past either bound the row is reported unreadable, never guessed.
const MAX_CELL_DIGITS = 12;
const MAX_STEPS = 100_000;

/** Thrown by enumerateSplits when the row cannot be enumerated within MAX_STEPS. */
export class TooManyReadings extends Error {}

// One enumeration's state, passed to module-level functions rather than captured by closures
// made per call (under tsx, which the benchmark uses, each closure also costs a __name call).
type Search = {
  atoms: Atom[];
  cells: number;
  empties: number;
  pieces: number;
  allowLeadingZeros: boolean;
  results: Map<string, number[]>;
  // Without empty cells or zero-padded cells, two readings always differ (where they first
  // split differently, the longer cell has more digits and no leading zero): no keys needed.
  distinct: number[][] | undefined;
  /** The values of the cells read so far (as Number() reads the digits). */
  current: number[];
  steps: number;
};

/** Every way to read the groups as `cells` values; empty cells (read as 0) only when digits run short. */
export function enumerateSplits(groups: string[], cells: number, allowLeadingZeros: boolean): number[][] {
  if (countDigits(groups) > cells * MAX_CELL_DIGITS) return [];
  const atoms = toAtoms(groups);
  const empties = Math.max(0, cells - atoms.length);
  const search: Search = {
    atoms,
    cells,
    empties,
    pieces: cells - empties,
    allowLeadingZeros,
    results: new Map(),
    distinct: empties === 0 && !allowLeadingZeros ? [] : undefined,
    current: [],
    steps: 0,
  };
  walk(search, 0);
  return search.distinct ?? [...search.results.values()];
}

function found(s: Search): number {
  return s.distinct?.length ?? s.results.size;
}

function emit(s: Search): void {
  if (s.distinct) {
    s.distinct.push(s.current.slice());
    return;
  }
  for (const placement of placeEmpties(s.current.slice(), s.cells, s.empties)) {
    s.results.set(placement.join(','), placement);
    if (s.results.size > MAX_CANDIDATES) return;
  }
}

function walk(s: Search, index: number): void {
  if (found(s) > MAX_CANDIDATES) return;
  if (++s.steps > MAX_STEPS) throw new TooManyReadings();
  checkDeadlineSampled();
  const { atoms, current } = s;
  if (current.length === s.pieces) {
    if (index === atoms.length) emit(s);
    return;
  }
  const remainingPieces = s.pieces - current.length;
  // The cell's value grows digit by digit (exact: at most 12 digits); no piece strings are built.
  let value = 0;
  let decimal = false;
  for (let end = index; end < atoms.length; end++) {
    const atom = atoms[end];
    if (!atom) break;
    if (end > index && atom.groupStart) break; // a space is always a cell boundary
    if (decimal) break; // nothing follows the decimal part within a cell
    if (atom.text === undefined) value = value * 10 + atom.digit;
    else {
      decimal = true;
      value = Number(pieceText(atoms, index, end));
    }
    if (atoms.length - (end + 1) < remainingPieces - 1) break;
    // ^0\d: a cell of several digits starting with a lone 0 atom.
    if (!s.allowLeadingZeros && end > index && atoms[index]?.digit === 0 && atoms[index]?.text === undefined) break;
    if (end + 1 - index > MAX_CELL_DIGITS) break;
    // The cells still to come could not hold the digits left: this cell must be longer.
    if (atoms.length - (end + 1) > (remainingPieces - 1) * MAX_CELL_DIGITS) continue;
    current.push(value);
    walk(s, end + 1);
    current.pop();
  }
}

/** The digits of atoms[from..to] as written, the last one with its decimal part. */
function pieceText(atoms: Atom[], from: number, to: number): string {
  let text = '';
  for (let i = from; i <= to; i++) text += atoms[i]?.text ?? String(atoms[i]?.digit ?? '');
  return text;
}

function placeEmpties(values: number[], cells: number, empties: number): number[][] {
  if (empties === 0) return [values];
  const out: number[][] = [];
  const choose = (start: number, picked: number[]) => {
    if (picked.length === empties) {
      const row: number[] = [];
      let v = 0;
      for (let i = 0; i < cells; i++) row.push(picked.includes(i) ? 0 : (values[v++] ?? 0));
      out.push(row);
      return;
    }
    for (let i = start; i < cells; i++) choose(i + 1, [...picked, i]);
  };
  choose(0, []);
  return out;
}

/**
 * Read glued value text as `cells` numbers. Tier 1: no zero-padded cells. Tier 2, only when
 * tier 1 leaves nothing the arithmetic allows: cells written with a leading zero (`01`).
 */
export function splitGlued(text: string, cells: number, constraint?: Constraint): SplitResult {
  try {
    return splitGluedBounded(text, cells, constraint);
  } catch (error) {
    if (!(error instanceof TooManyReadings)) throw error;
    return { status: 'unreadable', candidates: [], message: `“${shorten(text)}”可能的读法过多，无法拆分为${cells}个单元格` };
  }
}

/** The value text as quoted in a message: a pathological row must not make a megabyte message. */
function shorten(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 200 ? `${trimmed.slice(0, 200)}…` : trimmed;
}

function splitGluedBounded(text: string, cells: number, constraint?: Constraint): SplitResult {
  const { groups } = tokenizeValueText(text);
  const digits = countDigits(groups);
  if (groups.length === 0) return { status: 'unreadable', candidates: [], message: `“${shorten(text)}”中没有数字` };
  if (digits > cells * MAX_CELL_DIGITS) {
    return { status: 'unreadable', candidates: [], message: `“${shorten(text)}”有${digits}位数字，${cells}个单元格容纳不下` };
  }
  const strict = enumerateSplits(groups, cells, false);
  const empties = Math.max(0, cells - digits);
  const emptyNote = empties > 0 ? `${digits}位数字对应${cells}个单元格，${empties}个空白单元格按0读取` : undefined;
  if (strict.length === 1 && strict[0]) return withNote(strict[0], emptyNote);

  const allowed = constraint ? strict.filter(constraint) : strict;
  if (constraint && allowed.length === 1 && allowed[0]) {
    return withNote(allowed[0], `“${shorten(text)}”按勾稽关系唯一拆分${emptyNote ? `；${emptyNote}` : ''}`);
  }
  if (allowed.length > 1) {
    return { status: 'ambiguous', candidates: allowed.slice(0, 12), message: `“${shorten(text)}”可拆分为${allowed.length}种读法，无法确定` };
  }
  const padded = enumerateSplits(groups, cells, true);
  const paddedAllowed = constraint ? padded.filter(constraint) : padded;
  if (constraint && paddedAllowed.length === 1 && paddedAllowed[0]) {
    return withNote(paddedAllowed[0], `“${shorten(text)}”数字位数多于单元格，按含前导0的单元格唯一拆分（符合勾稽关系的唯一读法）`);
  }
  const shown = strict.length > 0 ? strict : padded;
  if (paddedAllowed.length > 1 && constraint) {
    return { status: 'ambiguous', candidates: paddedAllowed.slice(0, 12), message: `“${shorten(text)}”有${paddedAllowed.length}种符合勾稽关系的读法` };
  }
  return {
    status: shown.length > 1 ? 'ambiguous' : 'unreadable',
    candidates: shown.slice(0, 12),
    message: shown.length > 1 ? `“${shorten(text)}”可拆分为${shown.length}种读法，均不符合勾稽关系` : `“${shorten(text)}”无法拆分为${cells}个单元格`,
  };
}

function withNote(values: number[], note: string | undefined): SplitResult {
  return note ? { status: 'ok', values, note } : { status: 'ok', values };
}
