// Every file imported for this town-year; the active one first, older ones viewable.
import Link from 'next/link';
import type { ReportDetail } from '@/lib/queries/report-detail';
import { zhCNReport } from '@/lib/messages/zh-CN-report';
import { formatDateTime } from './cell-model';

const m = zhCNReport.versions;

export function VersionHistory({ detail }: { detail: ReportDetail }) {
  return (
    <section aria-labelledby="versions-heading" className="report-section versions no-print">
      <h2 id="versions-heading">{m.heading}</h2>
      <table className="data">
        <caption className="sr-only">{m.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.columns.version}</th>
            <th scope="col">{m.columns.status}</th>
            <th scope="col">{m.columns.source}</th>
            <th scope="col">{m.columns.importedAt}</th>
            <th scope="col">{m.columns.reader}</th>
          </tr>
        </thead>
        <tbody>
          {detail.versions.map((v) => {
            const href = v.id === detail.activeVersionId ? `/reports/${detail.id}` : `/reports/${detail.id}?version=${v.id}`;
            return (
              <tr key={v.id}>
                <td>
                  {v.id === detail.version.id ? (
                    <span aria-current="page">
                      #{v.id} {m.current}
                    </span>
                  ) : (
                    <Link href={href}>
                      #{v.id} {m.view}
                    </Link>
                  )}
                </td>
                <td>{m.status[v.status] ?? v.status}</td>
                <td>{v.sourceName}</td>
                <td>{formatDateTime(v.importedAt)}</td>
                <td>{v.readerVersion}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
