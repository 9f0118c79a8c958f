// Number formatting for the dashboard (exact figures, Chinese locale grouping).
const integer = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('zh-CN', { style: 'percent', maximumFractionDigits: 1 });

export function formatCount(value: number | null | undefined, missing = '—'): string {
  return value === null || value === undefined ? missing : integer.format(value);
}

export function formatAverage(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : decimal.format(value);
}

export function formatShare(part: number | null | undefined, whole: number | null | undefined): string {
  if (part === null || part === undefined || !whole) return '—';
  return percent.format(part / whole);
}
