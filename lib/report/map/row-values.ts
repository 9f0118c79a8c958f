// One table row's numbers, whichever way they arrived: one number per cell, or digits glued
// into fewer cells (crawler text, PDF lines) that must be split by the row's arithmetic.
import type { Provenance } from '../model.ts';
import { parseNumberCell, type NumberKind } from '../normalize/numbers.ts';
import type { TextRange } from '../read/source-document.ts';
import { splitGlued, type Constraint } from './split-digits.ts';
import type { GluedRow } from './glued-rows.ts';
import type { TableRow } from './table-rows.ts';

export type RowEvidence = { kind: 'table'; row: TableRow } | { kind: 'glued'; row: GluedRow };

export type CellRead = { value: number | null; provenance?: Provenance; problem?: string };

export type RowRead =
  | { status: 'read'; cells: CellRead[] }
  | { status: 'ambiguous' | 'unreadable'; candidates: number[][]; message: string; text: string; range?: TextRange };

export function readRow(evidence: RowEvidence, kinds: readonly NumberKind[], constraint?: Constraint): RowRead {
  if (evidence.kind === 'table' && evidence.row.values.length === kinds.length) return readCells(evidence.row, kinds);
  const text = evidence.kind === 'table' ? evidence.row.values.map((v) => v.text).join(' ') : evidence.row.valueText;
  const range = evidence.kind === 'table' ? spanOf(evidence.row) : evidence.row.valueRange;
  if (text.trim() === '') return { status: 'unreadable', candidates: [], message: '该行没有数字', text };
  if (kinds.length === 1 && evidence.kind === 'glued') {
    const single = parseNumberCell(text, kinds[0]);
    if (single.ok) return { status: 'read', cells: [{ value: single.value, provenance: splitProvenance(evidence, text.trim(), range, undefined, single.note) }] };
  }
  const split = splitGlued(text, kinds.length, constraint);
  if (split.status !== 'ok') return { status: split.status, candidates: split.candidates, message: split.message, text, ...(range ? { range } : {}) };
  const unitNote = unitConversion(text, kinds);
  const last = kinds.length - 1;
  const trimmed = text.trim();
  const page = evidence.kind === 'table' ? evidence.row.values.find((v) => v.page !== undefined)?.page : undefined;
  const cells: CellRead[] = [];
  for (let i = 0; i < split.values.length; i++) {
    const raw = split.values[i] ?? 0;
    const value = i === last && unitNote ? unitNote.convert(raw) : raw;
    const note = joinNotes(split.note, i === last ? unitNote?.note : undefined);
    cells.push({ value, provenance: splitProvenance(evidence, trimmed, range, page, note) });
  }
  return { status: 'read', cells };
}

/** The notes that are set, joined with '；' (undefined when none is). */
function joinNotes(a: string | undefined, b: string | undefined): string | undefined {
  return a && b ? `${a}；${b}` : a || b || undefined;
}

function readCells(row: TableRow, kinds: readonly NumberKind[]): RowRead {
  return {
    status: 'read',
    cells: row.values.map((cell, i) => {
      // One literal for the usual cell (a range, no page); otherwise fields assigned in this order
      // rather than spread in: no throw-away objects per cell.
      let base: Provenance;
      if (cell.range && cell.page === undefined) base = { method: 'cell', table: row.table, row: row.row, col: cell.col, text: cell.text, range: cell.range };
      else {
        base = { method: 'cell', table: row.table, row: row.row, col: cell.col, text: cell.text };
        if (cell.range) base.range = cell.range;
        if (cell.page !== undefined) base.page = cell.page;
      }
      const parsed = parseNumberCell(cell.text, kinds[i] ?? 'count');
      if (parsed.ok) return { value: parsed.value, provenance: parsed.note ? { ...base, note: parsed.note } : base };
      if (parsed.reason === 'empty') return { value: 0, provenance: { ...base, method: 'empty-as-zero', note: '空白单元格，按0读取' } };
      return { value: null, problem: `单元格“${parsed.text}”不是数字` };
    }),
  };
}

/** A money cell glued with its unit (152.2万元 in a 元 column): convert the last value. */
function unitConversion(text: string, kinds: readonly NumberKind[]): { convert: (v: number) => number; note: string } | undefined {
  const last = kinds[kinds.length - 1];
  if (last === 'amountYuan' && /万元\s*$/.test(text)) return { convert: (v) => Math.round(v * 10000 * 100) / 100, note: '原文单位为万元，已换算为元' };
  if (last === 'amountWan' && /[^万]元\s*$/.test(text)) return { convert: (v) => v / 10000, note: '原文单位为元，已换算为万元' };
  return undefined;
}

// Fields assigned in the order the spread-built object had them (stable JSON), without the
// throw-away objects of spreading: this runs for every cell of every glued row.
function splitProvenance(evidence: RowEvidence, trimmed: string, range: TextRange | undefined, page: number | undefined, note: string | undefined): Provenance {
  // Glued text (no table, no page) with a range: the usual case, built in one literal (an object
  // grown field by field reallocates its property store).
  if (evidence.kind === 'glued' && page === undefined && range) return note ? { method: 'split', range, text: trimmed, note } : { method: 'split', range, text: trimmed };
  const provenance: Provenance = { method: 'split' };
  if (evidence.kind === 'table') {
    provenance.table = evidence.row.table;
    provenance.row = evidence.row.row;
  }
  if (page !== undefined) provenance.page = page;
  if (range) provenance.range = range;
  provenance.text = trimmed;
  if (note) provenance.note = note;
  return provenance;
}

function spanOf(row: TableRow): TextRange | undefined {
  const first = row.values.find((v) => v.range)?.range;
  const last = [...row.values].reverse().find((v) => v.range)?.range;
  return first && last ? { start: first.start, end: last.end } : undefined;
}
