// Rows from lib/queries/export-sql.ts (array row mode) → CSV text for the wide and findings
// extracts (the long extract, the hot path, is in long-rows.ts).
import { labelOf } from '../report/format.ts';
import { formatCsvField, formatCsvRow } from './csv.ts';

/** report_id … format_version, see columns.ts. */
export const PREFIX_LENGTH = 8;

/** Wide and any row whose fields are already in file order. */
export function formatPlainRows(rows: unknown[][]): string {
  let text = '';
  for (const row of rows) text += formatCsvRow(row as (string | number | null)[]);
  return text;
}

export function formatPrefix(row: unknown[]): string {
  let prefix = '';
  for (let i = 0; i < PREFIX_LENGTH; i++) prefix += (i === 0 ? '' : ',') + formatCsvField(row[i] as string | number | null);
  return prefix;
}

/** expected/actual are stored as text; plain numbers are written as numbers (not neutralised). */
function numberOrText(value: unknown): string | number | null {
  if (typeof value !== 'string') return null;
  return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
}

/** Findings rows: prefix, rule, severity, cells[], expected, actual, message. */
export function formatFindingRows(rows: unknown[][]): string {
  let text = '';
  for (const row of rows) {
    const [rule, severity, cells, expected, actual, message] = row.slice(PREFIX_LENGTH) as [string, string, string[] | null, unknown, unknown, string];
    const keys = cells ?? [];
    text += formatPrefix(row) + ',' + formatCsvRow([rule, severity, keys.join(';'), keys.map(labelOf).join(';'), numberOrText(expected), numberOrText(actual), message]);
  }
  return text;
}
