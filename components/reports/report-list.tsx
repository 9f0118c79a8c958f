import Link from 'next/link';
import { SyntheticBadge } from '@/components/dashboard/synthetic-badge';
import type { ReportListItem } from '@/lib/queries/reports';
import { messages } from '@/lib/messages';

const m = messages.reports;

export function ReportList({ reports }: { reports: ReportListItem[] }) {
  if (reports.length === 0) return <p className="empty">{m.empty}</p>;
  return (
    <table className="data">
      <caption>{m.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{m.columns.region}</th>
          <th scope="col">{m.columns.unit}</th>
          <th scope="col">{m.columns.year}</th>
          <th scope="col">{m.columns.format}</th>
          <th scope="col">{m.columns.source}</th>
        </tr>
      </thead>
      <tbody>
        {reports.map((report) => (
          <tr key={report.id}>
            <td>{report.regionPath.join(' / ')}</td>
            <td>
              <Link href={`/reports/${report.id}`}>{report.unitName}</Link> <SyntheticBadge show={report.synthetic} />
            </td>
            <td className="num">{report.year}</td>
            <td>{m.format[report.formatVersion] ?? report.formatVersion}</td>
            <td>{report.sourceName}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
