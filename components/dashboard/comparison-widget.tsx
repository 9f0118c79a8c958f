import { CHART_BY_METRIC } from '@/components/charts/chart-config';
import { ChartFigure } from '@/components/charts/chart-figure';
import { OutcomeStackChart } from '@/components/charts/outcome-stack-chart';
import { TownBarChart } from '@/components/charts/town-bar-chart';
import { OutcomeTable } from '@/components/tables/outcome-table';
import { SortHeader } from '@/components/tables/sort-header';
import { TownCell } from '@/components/tables/town-cell';
import { TownValueTable } from '@/components/tables/town-value-table';
import { getTownComparison, OUTLIER_FACTOR } from '@/lib/queries/comparison';
import type { DashboardFilter } from '@/lib/queries/filter';
import type { RegionScope } from '@/lib/queries/scope';
import { zhCNDashboard as m } from '@/lib/messages/zh-CN-dashboard';
import { EmptyState } from './empty-state';
import { formatAverage } from './format';
import { SyntheticBadge } from './synthetic-badge';

/** The chosen metric across the towns of the scope in one year: chart + the same numbers as a table. */
export async function ComparisonWidget({ scope, year, filter }: { scope: RegionScope; year: number; filter: DashboardFilter }) {
  const { metric } = filter;
  const result = await getTownComparison({ scope, year, metric, sort: filter.sort, dir: filter.dir, towns: filter.towns });
  if (result.total === 0) return <EmptyState />;
  const config = CHART_BY_METRIC[metric];
  // Name the parent and mark synthetic rows only where it tells rows apart; otherwise say it once.
  const showParent = new Set(result.rows.map((r) => r.parentName)).size > 1;
  const allSynthetic = result.rows.every((r) => r.synthetic);
  const cell = (r: (typeof result.rows)[number]) => ({ ...r, parentName: showParent ? r.parentName : null, synthetic: r.synthetic && !allSynthetic });
  const title = m.compare.caption(m.metrics[metric], year);
  const notes = (
    <div className="stats-line">
      <span>{m.compare.shown(result.rows.length, result.total)}{result.rows.length < result.total ? m.compare.capped : ''}</span>
      <span>{m.compare.valued(result.valued)}</span>
      <span>{m.compare.average}<strong> {formatAverage(result.average)} </strong>{config.unit}</span>
      <span>{m.compare.median}<strong> {formatAverage(result.median)} </strong>{config.unit}</span>
      {metric !== 'outcomes' ? <span>{m.compare.outlierNote(OUTLIER_FACTOR)}</span> : null}
      <SyntheticBadge show={allSynthetic} />
    </div>
  );
  if (metric === 'outcomes') {
    const rows = result.rows.map((r) => ({
      key: String(r.reportId),
      head: <TownCell id={r.townId} name={r.name} parentName={cell(r).parentName} synthetic={cell(r).synthetic} />,
      total: r.value,
      granted: r.granted, partiallyGranted: r.partiallyGranted, denied: r.denied, unavailable: r.unavailable, notProcessed: r.notProcessed, other: r.other,
    }));
    const headers = (
      <>
        <SortHeader label={m.compare.columns.town} sortKey="name" filter={filter} pathname="/compare" />
        <SortHeader label={m.outcomes.total} sortKey="value" filter={filter} pathname="/compare" numeric />
      </>
    );
    return (
      <ChartFigure
        wide
        title={title}
        notes={notes}
        chart={<OutcomeStackChart data={result.rows.map((r) => ({ name: r.name, granted: r.granted, partiallyGranted: r.partiallyGranted, denied: r.denied, unavailable: r.unavailable, notProcessed: r.notProcessed, other: r.other }))} across="towns" label={title} />}
        table={<OutcomeTable rows={rows} caption={`${title}（${m.table.dataTable}）`} headLabel={m.compare.columns.town} sortHeaders={headers} />}
      />
    );
  }
  const bars = result.rows.map((r) => ({ id: r.townId, name: r.name, value: r.value, outlier: r.outlier, href: `/reports/${r.reportId}` }));
  return (
    <ChartFigure
      title={title}
      notes={notes}
      chart={<TownBarChart config={config} data={bars} median={result.median} label={title} />}
      table={<TownValueTable rows={result.rows.map(cell)} filter={filter} caption={`${title}（${m.table.dataTable}）`} valueLabel={`${m.metrics[metric]}（${config.unit}）`} />}
    />
  );
}
