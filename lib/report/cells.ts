// A report's numbers as flat (dotted key, value) pairs in canonical order — what the CSV extracts
// and the report page list — from the value trees of a read report. The database keeps only the
// trees (ReportVersion.read); lib/queries/export-sql.ts flattens them the same way in SQL.
import { CELLS } from './format.ts';
import { getValue } from './model.ts';

/** The value trees of a read report (or of its stored JSON). */
export type ValueTrees = Parameters<typeof getValue>[0];

/**
 * Every canonical cell that was read as a finite number; unreadable cells are absent, never 0.
 * Trees may be missing (a stored JSON from an older reader): getValue gives undefined for them.
 */
export function listNumericCells(report: Partial<ValueTrees>): { key: string; value: number }[] {
  const cells: { key: string; value: number }[] = [];
  for (const cell of CELLS) {
    const value = getValue(report as ValueTrees, cell.key);
    if (typeof value === 'number' && Number.isFinite(value)) cells.push({ key: cell.key, value });
  }
  return cells;
}
