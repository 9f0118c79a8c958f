import Link from 'next/link';
import { formatCount } from '@/components/dashboard/format';
import { SyntheticBadge } from '@/components/dashboard/synthetic-badge';
import type { TownProfileReport } from '@/lib/queries/town-profile';
import { zhCNDashboard as m } from '@/lib/messages/zh-CN-dashboard';

function handled(r: TownProfileReport): number | null {
  const parts = [r.granted, r.partiallyGranted, r.denied, r.unavailable, r.notProcessed, r.other];
  return parts.some((p) => p === null) ? null : parts.reduce<number>((sum, p) => sum + (p ?? 0), 0);
}

/** A town's reports year by year with the figures the dashboard compares. */
export function TownReportsTable({ reports }: { reports: TownProfileReport[] }) {
  const c = m.town.columns;
  return (
    <table className="data" data-table="town-reports">
      <caption>{m.town.reports}</caption>
      <thead>
        <tr>
          <th scope="col">{c.year}</th>
          <th scope="col">{c.unit}</th>
          <th scope="col">{c.format}</th>
          <th scope="col" className="num">{c.publications}</th>
          <th scope="col" className="num">{c.received}</th>
          <th scope="col" className="num">{c.handled}</th>
          <th scope="col" className="num">{c.penalties}</th>
          <th scope="col" className="num">{c.reviews}</th>
          <th scope="col" className="num">{c.lawsuits}</th>
          <th scope="col" className="num">{c.findings}</th>
          <th scope="col">{c.report}</th>
        </tr>
      </thead>
      <tbody>
        {reports.map((r) => (
          <tr key={r.reportId}>
            <th scope="row">{r.year}</th>
            <td>{r.unitName}<SyntheticBadge show={r.synthetic} /></td>
            <td>{m.town.formats[r.formatVersion] ?? r.formatVersion}</td>
            <td className="num">{formatCount(r.publications)}</td>
            <td className="num">{formatCount(r.received)}</td>
            <td className="num">{formatCount(handled(r))}</td>
            <td className="num">{formatCount(r.penalties)}</td>
            <td className="num">{formatCount(r.reviews)}</td>
            <td className="num">{formatCount(r.lawsuits)}</td>
            <td className="num">{formatCount(r.findingCount)}</td>
            <td><Link href={`/reports/${r.reportId}`}>{m.town.openReport}</Link></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
