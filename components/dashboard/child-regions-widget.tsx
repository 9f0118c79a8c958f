import Link from 'next/link';
import { getChildRegionSummary } from '@/lib/queries/overview';
import type { RegionScope } from '@/lib/queries/scope';
import { toSearchParams } from '@/lib/queries/filter';
import { zhCNDashboard as m } from '@/lib/messages/zh-CN-dashboard';
import { formatCount } from './format';
import { SyntheticBadge } from './synthetic-badge';

/** The scope's direct children with their figures for the year; each opens its own overview. */
export async function ChildRegionsWidget({ scope, year }: { scope: RegionScope; year: number }) {
  const rows = await getChildRegionSummary(scope, year);
  if (rows.length === 0) return null;
  const c = m.overview.childColumns;
  const href = (id: number, level: string) =>
    level === 'township' ? `/towns/${id}` : `/overview?${toSearchParams({ region: id, year }).toString()}`;
  return (
    <table className="data" data-table="children">
      <caption>{m.overview.childrenCaption(year)}</caption>
      <thead>
        <tr>
          <th scope="col">{c.name}</th>
          <th scope="col" className="num">{c.expected}</th>
          <th scope="col" className="num">{c.loaded}</th>
          <th scope="col" className="num">{c.publications}</th>
          <th scope="col" className="num">{c.received}</th>
          <th scope="col" className="num">{c.penalties}</th>
          <th scope="col" className="num">{c.findings}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row">
              <Link href={href(r.id, r.level)}>{r.name}</Link>
              <SyntheticBadge show={r.synthetic} />
            </th>
            <td className="num">{formatCount(r.townsExpected)}</td>
            <td className="num">{formatCount(r.reportsLoaded)}</td>
            <td className="num">{formatCount(r.publications)}</td>
            <td className="num">{formatCount(r.received)}</td>
            <td className="num">{formatCount(r.penalties)}</td>
            <td className="num">{formatCount(r.findings)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
