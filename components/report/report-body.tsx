// The six sections in the official order, then findings, unreadable parts, the plain text,
// neighbouring years, downloads and version history.
import type { NeighbourReport, ReportDetail } from '@/lib/queries/report-detail';
import { zhCNReport } from '@/lib/messages/zh-CN-report';
import type { ReactNode } from 'react';
import { ApplicationsSection } from './applications-section';
import { Article20Section } from './article20-section';
import { buildCellLookup, getApplicationsLayout, getTableFormat } from './cell-model';
import { ExportLinks } from './export-links';
import { FindingsList } from './findings-list';
import { listRenderedKeys } from './layout';
import { OverviewFigures } from './overview-figures';
import { PlainTextView } from './plain-text-view';
import { ProseText } from './prose-section';
import { ReviewSection } from './review-section';
import { UnreadableList } from './unreadable-list';
import { VersionHistory } from './version-history';
import { YearNeighbours } from './year-neighbours';

const m = zhCNReport.sections;

function Section({ id, title, children, printable = true }: { id: string; title: string; children: ReactNode; printable?: boolean }) {
  return (
    <section aria-labelledby={`${id}-heading`} className={`report-section section-${id}${printable ? '' : ' no-print'}`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}

type Props = { detail: ReportDetail; previous: NeighbourReport | null; next: NeighbourReport | null };

export function ReportBody({ detail, previous, next }: Props) {
  const read = detail.version.read;
  const cellOf = buildCellLookup(detail);
  const format = getTableFormat(detail.version.formatVersion);
  const layout = getApplicationsLayout(detail, format);
  const noTables = <p className="muted">{m.noTables}</p>;
  return (
    <>
      <Section id="overview" title={m.overview}>
        <ProseText text={read.overview?.text} />
        <OverviewFigures cellOf={cellOf} read={read} />
      </Section>
      <Section id="article20" title={m.article20}>
        {format ? <Article20Section format={format} cellOf={cellOf} /> : noTables}
      </Section>
      <Section id="applications" title={m.applications}>
        {format ? <ApplicationsSection layout={layout} cellOf={cellOf} /> : noTables}
      </Section>
      <Section id="review" title={m.reviewLitigation}>
        {format ? <ReviewSection cellOf={cellOf} /> : noTables}
      </Section>
      <Section id="problems" title={m.problems}>
        <ProseText text={read.problems} />
      </Section>
      <Section id="other" title={m.otherMatters}>
        <ProseText text={read.otherMatters} />
      </Section>
      <FindingsList findings={detail.findings} renderedKeys={listRenderedKeys(format, layout)} />
      <UnreadableList read={read} />
      <YearNeighbours detail={detail} previous={previous} next={next} />
      <Section id="plain-text" title={zhCNReport.plainText.heading} printable={false}>
        <PlainTextView text={detail.version.plainText} />
      </Section>
      <ExportLinks detail={detail} />
      <VersionHistory detail={detail} />
    </>
  );
}
