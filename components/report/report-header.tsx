// The report's identity: what was published by whom, where it came from, how it was read.
import Link from 'next/link';
import type { ReportDetail } from '@/lib/queries/report-detail';
import { zhCNReport } from '@/lib/messages/zh-CN-report';
import { formatDateTime } from './cell-model';

const m = zhCNReport.page;

export function getReportTitle(detail: ReportDetail): string {
  return detail.version.title ?? `${detail.version.unitName} ${detail.year} 年${m.titleSuffix}`;
}

export function ReportHeader({ detail }: { detail: ReportDetail }) {
  const { version } = detail;
  const sourceHref = `/reports/${detail.id}/source${version.id === detail.activeVersionId ? '' : `?version=${version.id}`}`;
  const isActive = version.id === detail.activeVersionId;
  return (
    <header className="report-header">
      <nav aria-label="breadcrumb" className="breadcrumb no-print">
        <Link href="/">{m.breadcrumbHome}</Link> / {detail.regionPath.map((r) => r.name).join(' / ')} / {detail.year}
      </nav>
      <h1>{getReportTitle(detail)}</h1>
      {!isActive ? (
        <p className="notice" role="status">
          {m.viewingSuperseded} <Link href={`/reports/${detail.id}`}>{m.viewActive}</Link>
        </p>
      ) : null}
      <dl className="report-meta">
        <div>
          <dt>{m.meta.unit}</dt>
          <dd>{version.unitName}</dd>
        </div>
        <div>
          <dt>{m.meta.region}</dt>
          <dd>{detail.regionPath.map((r) => r.name).join(' / ')}</dd>
        </div>
        <div>
          <dt>{m.meta.year}</dt>
          <dd>{detail.year}</dd>
        </div>
        <div>
          <dt>{m.meta.format}</dt>
          <dd>{zhCNReport.format[version.formatVersion] ?? version.formatVersion}</dd>
        </div>
        <div>
          <dt>{m.meta.source}</dt>
          <dd>
            {version.sourceName}{' '}
            <a href={sourceHref} download className="no-print">
              {m.downloadSource}
            </a>
          </dd>
        </div>
        <div>
          <dt>{m.meta.importedAt}</dt>
          <dd>{formatDateTime(version.importedAt)}</dd>
        </div>
        <div>
          <dt>{m.meta.readerVersion}</dt>
          <dd>{version.readerVersion}</dd>
        </div>
        <div>
          <dt>{m.meta.version}</dt>
          <dd>#{version.id}</dd>
        </div>
      </dl>
    </header>
  );
}
