import { outcomesChart } from '@/components/charts/chart-config';
import { toSearchParams, type DashboardFilter } from '@/lib/queries/filter';
import { getOverviewFigures } from '@/lib/queries/overview';
import type { RegionScope } from '@/lib/queries/scope';
import { zhCNDashboard as m } from '@/lib/messages/zh-CN-dashboard';
import { EmptyState } from './empty-state';
import { formatCount, formatShare } from './format';
import { StatCard } from './stat-card';
import { SyntheticBadge } from './synthetic-badge';

/** The scope's figures for one year, each card linking to the page that breaks it down. */
export async function OverviewWidget({ scope, year, filter }: { scope: RegionScope; year: number; filter: DashboardFilter }) {
  const o = await getOverviewFigures(scope, year);
  if (o.townsExpected === 0 && o.reportsLoaded === 0) return <EmptyState message={m.empty.noTowns} hint={null} />;
  const link = (path: string, extra: Partial<DashboardFilter> = {}) => {
    const query = toSearchParams({ region: filter.region, year, ...extra }).toString();
    return query ? `${path}?${query}` : path;
  };
  const handled = o.granted + o.partiallyGranted + o.denied + o.unavailable + o.notProcessed + o.other;
  return (
    <>
      <SyntheticBadge show={o.synthetic} />
      {o.reportsLoaded === 0 ? <EmptyState /> : null}
      <div className="stat-grid" data-widget="overview">
        <StatCard label={m.overview.coverage} value={`${formatCount(o.reportsLoaded)} / ${formatCount(o.townsExpected)}`} href={link('/coverage')} />
        <StatCard label={m.overview.publications} value={formatCount(o.publications)} note={m.overview.reportsStated(o.publicationsReported)} href={link('/compare')} />
        <StatCard label={m.overview.received} value={formatCount(o.received)} note={m.overview.reportsStated(o.receivedReported)} href={link('/compare', { metric: 'outcomes' })} />
        <StatCard label={m.overview.penalties} value={formatCount(o.penalties)} note={m.overview.reportsStated(o.penaltiesReported)} href={link('/compare', { metric: 'penalties' })} />
        <StatCard label={m.overview.reviewsLawsuits} value={`${formatCount(o.reviews)} / ${formatCount(o.lawsuits)}`} href={link('/trends')} />
        <StatCard label={m.overview.findings} value={formatCount(o.findings)} note={m.overview.reportsWithFindings(o.reportsWithFindings)} href={link('/quality')} />
      </div>
      <section className="chart-figure" aria-label={m.overview.outcomes}>
        <h2>{m.overview.outcomes}（{m.outcomes.total} {formatCount(handled)} {m.units.applications}）</h2>
        <div className="mix-bar" aria-hidden="true">
          {outcomesChart.series.map((s) => {
            const count = o[s.key as keyof typeof o] as number;
            return count > 0 ? <span key={s.key} style={{ flexGrow: count, background: s.color }} title={`${s.label} ${count}`} /> : null;
          })}
        </div>
        <ul className="mix-list" data-widget="outcome-mix">
          {outcomesChart.series.map((s) => {
            const count = o[s.key as keyof typeof o] as number;
            return (
              <li key={s.key}>
                <span className="swatch" style={{ background: s.color }} aria-hidden="true" />
                {s.label} <strong>{formatCount(count)}</strong> {m.units.applications}（{formatShare(count, handled)}）
              </li>
            );
          })}
        </ul>
        <a href={link('/compare', { metric: 'outcomes' })}>{m.overview.explain} →</a>
      </section>
    </>
  );
}
