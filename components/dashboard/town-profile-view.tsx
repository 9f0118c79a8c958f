import Link from 'next/link';
import { buildTrendConfig } from '@/components/charts/chart-config';
import { ChartFigure } from '@/components/charts/chart-figure';
import { TrendLineChart } from '@/components/charts/trend-line-chart';
import { FindingsTable } from '@/components/tables/findings-table';
import { TownReportsTable } from '@/components/tables/town-reports-table';
import { TrendTable } from '@/components/tables/trend-table';
import { listFindings } from '@/lib/queries/findings';
import type { TownProfile } from '@/lib/queries/town-profile';
import { zhCNDashboard as m } from '@/lib/messages/zh-CN-dashboard';
import { EmptyState } from './empty-state';
import { SyntheticBadge } from './synthetic-badge';

const SERIES = [
  { key: 'publications', label: m.metrics.publications },
  { key: 'received', label: m.overview.received },
  { key: 'penalties', label: m.metrics.penalties },
];

/** One town over all its years: figures, a chart of the main numbers, its reports and findings. */
export function TownProfileView({ town }: { town: TownProfile }) {
  const rows = town.reports.map((r) => ({ year: r.year, values: { publications: r.publications, received: r.received, penalties: r.penalties } }));
  const config = { ...buildTrendConfig('publications', SERIES), unit: '', valueAxisLabel: '' };
  return (
    <>
      <nav aria-label={m.scope.breadcrumb} className="breadcrumb">
        <ol>
          <li><Link href="/overview">{m.scope.country}</Link></li>
          {town.path.map((r) => (
            <li key={r.id}><Link href={`/overview?region=${r.id}`}>{r.name}</Link></li>
          ))}
          <li><span aria-current="page">{town.name}</span></li>
        </ol>
      </nav>
      <h1>
        {town.name}
        <span className="subtitle">{m.titles.town}</span>
        <SyntheticBadge show={town.synthetic} />
      </h1>
      {town.reports.length === 0 ? (
        <EmptyState />
      ) : (
        <>
          <ChartFigure
            title={m.town.trendCaption}
            chart={<TrendLineChart config={config} data={rows.map((r) => ({ name: String(r.year), ...r.values }))} label={m.town.trendCaption} />}
            table={<TrendTable rows={rows} series={SERIES} caption={`${m.town.trendCaption}（${m.table.dataTable}）`} />}
          />
          <TownReportsTable reports={town.reports} />
        </>
      )}
    </>
  );
}

/** The findings of all the town's reports (a separate widget: it reads another table). */
export async function TownFindingsWidget({ townId }: { townId: number }) {
  const { rows } = await listFindings({ scope: null, townId });
  return (
    <section className="town-findings">
      <h2>{m.town.findings}</h2>
      {rows.length === 0 ? <p className="hint">{m.town.noFindings}</p> : <FindingsTable rows={rows} caption={m.town.findings} showTown={false} />}
    </section>
  );
}
