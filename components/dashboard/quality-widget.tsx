import Link from 'next/link';
import { FindingsTable } from '@/components/tables/findings-table';
import { getFindingRuleCounts, listFindings } from '@/lib/queries/findings';
import { toSearchParams, type DashboardFilter } from '@/lib/queries/filter';
import type { RegionScope } from '@/lib/queries/scope';
import { zhCNDashboard as m } from '@/lib/messages/zh-CN-dashboard';
import { EmptyState } from './empty-state';
import { formatCount } from './format';

/** Findings per rule (each row filters the list), then the findings themselves. */
export async function QualityWidget({ scope, filter }: { scope: RegionScope; filter: DashboardFilter }) {
  const query = { scope, year: filter.year, rule: filter.rule };
  const [counts, findings] = await Promise.all([getFindingRuleCounts(query), listFindings(query)]);
  if (counts.length === 0) return <EmptyState message={m.empty.noFindings} hint={null} />;
  const c = m.quality.ruleColumns;
  return (
    <>
      <table className="data" data-table="rule-counts">
        <caption>{m.quality.byRule}</caption>
        <thead>
          <tr>
            <th scope="col">{c.rule}</th>
            <th scope="col" className="num">{c.findings}</th>
            <th scope="col" className="num">{c.reports}</th>
          </tr>
        </thead>
        <tbody>
          {counts.map((r) => (
            <tr key={r.rule} aria-current={filter.rule === r.rule ? 'true' : undefined}>
              <th scope="row">
                <Link href={`/quality?${toSearchParams({ region: filter.region, year: filter.year, rule: r.rule }).toString()}`}>{m.quality.rules[r.rule] ?? r.rule}</Link>
              </th>
              <td className="num">{formatCount(r.findings)}</td>
              <td className="num">{formatCount(r.reports)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {findings.rows.length === 0 ? (
        <EmptyState message={m.empty.noFindings} hint={null} />
      ) : (
        <>
          <p className="hint">{m.quality.shown(findings.rows.length, findings.total)}</p>
          <FindingsTable rows={findings.rows} caption={m.quality.caption} />
        </>
      )}
    </>
  );
}
