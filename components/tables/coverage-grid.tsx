import Link from 'next/link';
import { SyntheticBadge } from '@/components/dashboard/synthetic-badge';
import type { CoverageState, CoverageTown } from '@/lib/queries/coverage';
import { zhCNDashboard as m } from '@/lib/messages/zh-CN-dashboard';

const MARK: Record<CoverageState, string> = { loaded: '✓', findings: '!', missing: '—' };

/** Towns × years: each cell says (in text, not only colour) loaded / with findings / missing. */
export function CoverageGrid({ towns, years, showParent }: { towns: CoverageTown[]; years: number[]; showParent: boolean }) {
  return (
    <table className="data coverage-grid" data-table="coverage">
      <caption>{m.coverage.gridCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{m.compare.columns.town}</th>
          {years.map((y) => (
            <th scope="col" key={y}>{y}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {towns.map((town) => {
          const byYear = new Map(town.reports.map((r) => [r.year, r]));
          return (
            <tr key={town.townId}>
              <th scope="row">
                <Link href={`/towns/${town.townId}`}>{town.name}</Link>
                {showParent && town.parentName ? <span className="parent-name">{town.parentName}</span> : null}
                <SyntheticBadge show={town.synthetic} />
              </th>
              {years.map((year) => {
                const report = byYear.get(year);
                const state: CoverageState = !report ? 'missing' : report.findingCount > 0 ? 'findings' : 'loaded';
                const label = m.coverage.cell(town.name, year, m.coverage[state]);
                return (
                  <td key={year} className={`state state-${state}`} data-state={state}>
                    {report ? (
                      <Link href={`/reports/${report.reportId}`} aria-label={label} title={label}>
                        {MARK[state]}
                        {state === 'findings' ? ` ${report.findingCount}` : ''}
                      </Link>
                    ) : (
                      <span title={label}>
                        <span aria-hidden="true">{MARK[state]}</span>
                        <span className="sr-only">{m.coverage.missing}</span>
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
