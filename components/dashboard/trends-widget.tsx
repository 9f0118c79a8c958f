import { buildTrendConfig } from '@/components/charts/chart-config';
import { ChartFigure } from '@/components/charts/chart-figure';
import { OutcomeStackChart } from '@/components/charts/outcome-stack-chart';
import { TrendLineChart, type TrendDatum } from '@/components/charts/trend-line-chart';
import { OutcomeTable } from '@/components/tables/outcome-table';
import { TrendTable } from '@/components/tables/trend-table';
import type { Metric } from '@/lib/queries/filter';
import type { RegionScope } from '@/lib/queries/scope';
import { getRegionTrend, getTownTrends, type YearRange } from '@/lib/queries/trends';
import { zhCNDashboard as m } from '@/lib/messages/zh-CN-dashboard';
import { EmptyState } from './empty-state';
import { SyntheticBadge } from './synthetic-badge';

type Props = { scope: RegionScope; range: YearRange; metric: Metric; towns?: number[] };

/** Outcome mix per year, summed over the region or the chosen towns. */
async function OutcomeTrend({ scope, range, towns }: Omit<Props, 'metric'>) {
  const points = await getRegionTrend(scope, range, towns);
  if (points.length === 0) return <EmptyState />;
  const title = `${m.trends.outcomesCaption}（${towns?.length ? m.trends.selectedTotal : m.trends.regionTotal}）`;
  const rows = points.map((p) => {
    const total = p.granted === null ? null : (p.granted ?? 0) + (p.partiallyGranted ?? 0) + (p.denied ?? 0) + (p.unavailable ?? 0) + (p.notProcessed ?? 0) + (p.other ?? 0);
    return { key: String(p.year), name: String(p.year), head: <th scope="row">{p.year}</th>, total, granted: p.granted, partiallyGranted: p.partiallyGranted, denied: p.denied, unavailable: p.unavailable, notProcessed: p.notProcessed, other: p.other };
  });
  return (
    <ChartFigure wide title={title} notes={<p className="hint">{m.trends.formatNote}</p>} chart={<OutcomeStackChart data={rows.map(({ head: _head, key: _key, total: _total, ...datum }) => datum)} across="years" label={title} />} table={<OutcomeTable rows={rows} caption={`${title}（${m.table.dataTable}）`} headLabel={m.trends.columns.year} />} />
  );
}

/** A metric over the years: one line for the region total, or one per chosen town. */
export async function TrendsWidget({ scope, range, metric, towns }: Props) {
  if (metric === 'outcomes') return <OutcomeTrend scope={scope} range={range} towns={towns} />;
  const byTown = Boolean(towns?.length);
  const [regionPoints, townPoints] = await Promise.all([byTown ? [] : getRegionTrend(scope, range), byTown ? getTownTrends(scope, towns ?? [], range) : []]);
  if (regionPoints.length === 0 && townPoints.length === 0) return <EmptyState />;
  const series = byTown
    ? [...new Map(townPoints.map((p) => [`t${p.townId}`, { key: `t${p.townId}`, label: p.name }])).values()]
    : [{ key: 'total', label: m.trends.regionTotal }];
  const years = [...new Set([...regionPoints, ...townPoints].map((p) => p.year))].sort((a, b) => a - b);
  const rows = years.map((year) => {
    const values: Record<string, number | null> = {};
    for (const p of regionPoints) if (p.year === year) values.total = p[metric];
    for (const p of townPoints) if (p.year === year) values[`t${p.townId}`] = p[metric];
    return { year, values };
  });
  const config = buildTrendConfig(metric, series);
  const title = m.trends.caption(m.metrics[metric]);
  const data: TrendDatum[] = rows.map((r) => ({ name: String(r.year), ...r.values }));
  return (
    <ChartFigure
      title={title}
      notes={
        <p className="hint">
          {m.trends.formatNote}
          <SyntheticBadge show={townPoints.some((p) => p.synthetic)} />
        </p>
      }
      chart={<TrendLineChart config={config} data={data} label={title} />}
      table={<TrendTable rows={rows} series={series} caption={`${title}（${m.table.dataTable}）`} />}
    />
  );
}
