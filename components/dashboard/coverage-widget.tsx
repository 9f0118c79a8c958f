import { CoverageGrid } from '@/components/tables/coverage-grid';
import { getCoverageGrid, getCoverageSummary } from '@/lib/queries/coverage';
import type { RegionScope } from '@/lib/queries/scope';
import type { YearRange } from '@/lib/queries/trends';
import { zhCNDashboard as m } from '@/lib/messages/zh-CN-dashboard';
import { EmptyState } from './empty-state';
import { formatCount } from './format';

/** Per-year counts (all towns of the scope), then the towns × years grid (capped). */
export async function CoverageWidget({ scope, range }: { scope: RegionScope; range: YearRange }) {
  const [summary, grid] = await Promise.all([getCoverageSummary(scope, range), getCoverageGrid(scope, range)]);
  if (grid.total === 0) return <EmptyState message={m.empty.noTowns} hint={null} />;
  const years = summary.map((s) => s.year);
  const c = m.coverage.columns;
  return (
    <>
      <table className="data" data-table="coverage-summary">
        <caption>{m.coverage.summaryCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{c.year}</th>
            <th scope="col" className="num">{c.expected}</th>
            <th scope="col" className="num">{c.loaded}</th>
            <th scope="col" className="num">{c.missing}</th>
            <th scope="col" className="num">{c.withFindings}</th>
          </tr>
        </thead>
        <tbody>
          {summary.map((s) => (
            <tr key={s.year}>
              <th scope="row">{s.year}</th>
              <td className="num">{formatCount(s.expected)}</td>
              <td className="num">{formatCount(s.loaded)}</td>
              <td className="num">{formatCount(Math.max(0, s.expected - s.loaded))}</td>
              <td className="num">{formatCount(s.withFindings)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="legend-list" aria-label={m.coverage.legend}>
        <li><span className="state-loaded" aria-hidden="true" />✓ {m.coverage.loaded}</li>
        <li><span className="state-findings" aria-hidden="true" />! {m.coverage.findings}</li>
        <li><span className="state-missing" aria-hidden="true" />— {m.coverage.missing}</li>
      </ul>
      {grid.towns.length < grid.total ? <p className="hint">{m.coverage.capped(grid.towns.length, grid.total)}</p> : null}
      <CoverageGrid towns={grid.towns} years={years} showParent={new Set(grid.towns.map((t) => t.parentName)).size > 1} />
    </>
  );
}
