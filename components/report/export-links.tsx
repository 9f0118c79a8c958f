// CSV downloads from the report page: this report, and the town's years in each extract
// (the same /api/export routes and filter parameters the dashboard uses).
import { buildExportHref } from '@/lib/export/links';
import type { ReportDetail } from '@/lib/queries/report-detail';
import { zhCNReport } from '@/lib/messages/zh-CN-report';

const m = zhCNReport.downloads;

export function ExportLinks({ detail }: { detail: ReportDetail }) {
  const town = { region: detail.townId };
  const links = [
    { href: `/api/export/report/${detail.id}`, label: m.report },
    { href: buildExportHref('wide', town), label: m.townWide },
    { href: buildExportHref('long', town), label: m.townLong },
    { href: buildExportHref('findings', town), label: m.townFindings },
  ];
  return (
    <section aria-labelledby="downloads-heading" className="report-section downloads no-print">
      <h2 id="downloads-heading">{m.heading}</h2>
      <ul className="download-list">
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href} download>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
      <p className="muted">{m.note}</p>
    </section>
  );
}
