// A report's numbers as flat (dotted key, value) pairs in canonical order — what the CSV extracts
// and the report page list — from the value trees of a read report. The database keeps only the
// trees (ReportVersion.read); the long CSV (lib/export/long-rows.ts) flattens them with this.
import { CELLS } from './format.ts';
import { getValueAt, type getValue } from './model.ts';

/** The value trees of a read report (or of its stored JSON). */
export type ValueTrees = Parameters<typeof getValue>[0];

// Split once: the long CSV walks these paths for every report of a national extract.
const PATHS = CELLS.map((cell) => ({ key: cell.key, path: cell.key.split('.') }));

/**
 * Every canonical cell that was read as a finite number; unreadable cells are absent, never 0.
 * Trees may be missing (a stored JSON from an older reader), or hold anything: only numbers count.
 */
export function listNumericCells(report: Partial<ValueTrees>): { key: string; value: number }[] {
  const cells: { key: string; value: number }[] = [];
  for (const { key, path } of PATHS) {
    const value = getValueAt(report, path);
    if (typeof value === 'number' && Number.isFinite(value)) cells.push({ key, value });
  }
  return cells;
}

/** Stored JSON (already parsed) as value trees: an object is taken as it is, anything else has no cells. */
export function asValueTrees(json: unknown): Partial<ValueTrees> {
  return json !== null && typeof json === 'object' ? (json as Partial<ValueTrees>) : {};
}
