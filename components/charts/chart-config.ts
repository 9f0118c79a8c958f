// One config per chart (labels, units, colours), in the spirit of shadcn's chart wrapper:
// the chart components read everything they show from here and from the messages file.
import { zhCNDashboard as m } from '@/lib/messages/zh-CN-dashboard';
import type { Metric } from '@/lib/queries/filter';
import { OUTCOME_KEYS, type OutcomeKey } from '@/lib/queries/outcome-keys';

export type ChartSeries = { key: string; label: string; color: string };
export type ChartConfig = {
  id: string;
  /** What one bar/point counts, e.g. 条 or 件. */
  unit: string;
  valueAxisLabel: string;
  categoryAxisLabel: string;
  series: ChartSeries[];
  /** Colour of bars flagged as outliers (far above the median). */
  outlierColor?: string;
};

// Okabe–Ito colours: distinguishable with the common colour-vision deficiencies, and in print.
const OUTCOME_COLORS: Record<OutcomeKey, string> = {
  granted: '#009E73',
  partiallyGranted: '#56B4E9',
  denied: '#D55E00',
  unavailable: '#E69F00',
  notProcessed: '#CC79A7',
  other: '#7f7f7f',
};

export const SERIES_PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#7f7f7f', '#000000'];

export const publicationsChart: ChartConfig = {
  id: 'publications',
  unit: m.units.items,
  valueAxisLabel: `${m.metrics.publications}（${m.units.items}）`,
  categoryAxisLabel: m.compare.columns.town,
  series: [{ key: 'value', label: m.metrics.publications, color: '#0072B2' }],
  outlierColor: '#8a1c1c',
};

export const penaltiesChart: ChartConfig = {
  id: 'penalties',
  unit: m.units.decisions,
  valueAxisLabel: `${m.metrics.penalties}（${m.units.decisions}）`,
  categoryAxisLabel: m.compare.columns.town,
  series: [{ key: 'value', label: m.metrics.penalties, color: '#6a3d9a' }],
  outlierColor: '#8a1c1c',
};

export const outcomesChart: ChartConfig = {
  id: 'outcomes',
  unit: m.units.applications,
  valueAxisLabel: `${m.metrics.outcomes}（${m.units.applications}）`,
  categoryAxisLabel: m.compare.columns.town,
  series: OUTCOME_KEYS.map((key) => ({ key, label: m.outcomes[key], color: OUTCOME_COLORS[key] })),
};

export const CHART_BY_METRIC: Record<Metric, ChartConfig> = {
  publications: publicationsChart,
  outcomes: outcomesChart,
  penalties: penaltiesChart,
};

/** Line chart config for a trend: one series per town (or the region total), colours by position. */
export function buildTrendConfig(metric: Metric, series: { key: string; label: string }[]): ChartConfig {
  const base = CHART_BY_METRIC[metric];
  return {
    ...base,
    id: `trend-${metric}`,
    categoryAxisLabel: m.trends.columns.year,
    series: series.map((s, i) => ({ ...s, color: SERIES_PALETTE[i % SERIES_PALETTE.length] ?? '#0072B2' })),
  };
}
