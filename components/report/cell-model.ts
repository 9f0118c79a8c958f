// What the page knows about one cell: its value (from the stored cells, the same numbers
// the CSV exports), or why it could not be read, the findings that name it, and the range
// of the plain text it was read from.
import { labelOf } from '@/lib/report/format';
import type { ReportDetail, ReportFinding } from '@/lib/queries/report-detail';
import type { ApplicationsLayout } from '@/lib/report/format';
import type { TableFormat } from './layout';

export type CellView = {
  key: string;
  label: string;
  value: number | null;
  /** Why the reader could not read it (from `unreadable`), when it is missing. */
  unreadableMessage: string | null;
  derived: boolean;
  findings: ReportFinding[];
  range: { start: number; end: number } | null;
};

export type CellLookup = (key: string) => CellView;

export function buildCellLookup(detail: ReportDetail): CellLookup {
  const read = detail.version.read;
  return (key) => {
    const source = read.sources?.[key];
    const unreadable = read.unreadable?.find((u) => u.keys.some((k) => k === key || key.startsWith(`${k}.`)));
    const value = detail.cells[key];
    return {
      key,
      label: labelOf(key),
      value: value ?? null,
      unreadableMessage: value === undefined ? (unreadable?.message ?? null) : null,
      derived: source?.method === 'derived',
      findings: detail.findings.filter((f) => f.cells.includes(key)),
      range: source?.range ?? null,
    };
  };
}

/** Layout the tables are printed in: pre-2019 reports have none we read. */
export function getTableFormat(formatVersion: string): TableFormat | null {
  if (formatVersion === 'pre2019') return null;
  return formatVersion === '2019' ? '2019' : '2021';
}

export function getApplicationsLayout(detail: ReportDetail, format: TableFormat | null): ApplicationsLayout {
  return detail.version.read.applicationsLayout ?? (format === '2019' ? 'single-other' : 'split-other');
}

const NUMBER = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 4, useGrouping: false });

export function formatNumber(value: number): string {
  return NUMBER.format(value);
}

const DATE_TIME = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Shanghai' });

export function formatDateTime(date: Date): string {
  return DATE_TIME.format(date);
}
