// SourceDocument → the read report (without findings): sections located by their headings,
// each section read by its own module, then the value tree built along the canonical keys.
import { SECTIONS, type ApplicationsLayout, type FormatVersion, type SectionId } from '../format.ts';
import type { ReadReport } from '../model.ts';
import { foldText } from '../normalize/chinese.ts';
import type { SourceDocument } from '../read/source-document.ts';
import { buildValueTree } from './build-tree.ts';
import { createCollector, type Collector } from './collector.ts';
import { detectFormatVersion } from './detect-format.ts';
import { locateSections, sectionText, type SectionSpan } from './locate-sections.ts';
import { readApplications } from './read-applications.ts';
import { readArticle20 } from './read-article20.ts';
import { readApplicationsStated, readPublications } from './read-prose.ts';
import { readReview } from './read-review.ts';
import { findRegionHints, findTitle, findYearInText, readTitle } from './read-title.ts';

export type MappedReport = Omit<ReadReport, 'findings' | 'readerVersion'>;

const TABLE_SECTIONS: readonly SectionId[] = ['article20', 'applications', 'reviewLitigation'];

export function mapReport(doc: SourceDocument): MappedReport {
  const plain = doc.plainText;
  const spans = locateSections(doc);
  const span = (id: SectionSpan['id']) => spans.find((s) => s.id === id);
  const title = findTitle(doc) ?? null;
  const { unit, year } = readTitle(title ?? undefined);
  const c = createCollector();
  for (const note of doc.notes) c.note(note.message);

  const bodyStart = span('overview')?.headingRange.start ?? 0;
  const yearInText = findYearInText(plain.slice(bodyStart)) ?? null;
  const reportYear = year ?? yearInText ?? undefined;
  const tableSpans = (['article20', 'applications'] as const).flatMap((id) => span(id) ?? []);
  const formatVersion = detectFormatVersion(doc, tableSpans, reportYear);
  if (formatVersion === '2019' && reportYear !== undefined && reportYear >= 2021) {
    c.note(`${reportYear}年度报告仍使用2019年版（国办公开办函〔2019〕60号）表格格式`);
  }

  const overview = span('overview');
  const channels = overview ? readOverview(plain, overview, c) : [];
  if (!overview) c.fail({ section: 'overview', keys: ['publications.total'], reason: 'missing-section', message: '未找到第一部分“总体情况”' });

  let layout: ApplicationsLayout | null = null;
  if (formatVersion === 'pre2019') {
    for (const id of TABLE_SECTIONS) {
      c.fail({ section: id, keys: [], reason: 'not-supported', message: '2019年以前的报告格式（政府信息公开情况统计表）不在读取范围内，表格未读取' });
    }
  } else {
    layout = readTables(doc, spans, formatVersion ?? '2021', c);
  }
  for (const section of SECTIONS) {
    if (section.id === 'overview' || span(section.id) || TABLE_SECTIONS.includes(section.id)) continue;
    // jinjing-2025 / suping-2024 print a 信息处理费收取情况 table in its place: say so.
    const instead = section.id === 'otherMatters' && span('feeCollection') ? '（报告另设“信息处理费收取情况”部分）' : '';
    c.fail({ section: section.id, keys: [], reason: 'missing-section', message: `未找到第${section.ordinal}部分“${section.label}”${instead}` });
  }

  const tree = buildValueTree(c, formatVersion, layout);
  const problems = [sectionText(plain, spans, 'problems'), sectionText(plain, spans, 'improvements')].filter(Boolean).join('\n');
  return {
    sourceKind: doc.kind,
    title,
    unit: unit ?? null,
    regionHints: findRegionHints([unit ?? '', title ?? ''], plain),
    year: year ?? null,
    yearInText,
    formatVersion,
    applicationsLayout: layout,
    publications: { total: tree.value('publications.total'), channels },
    overview: { applicationsStated: tree.value('overview.applicationsStated'), text: sectionText(plain, spans, 'overview') ?? null },
    article20: tree.article20,
    applications: tree.applications,
    reviewLitigation: tree.reviewLitigation,
    problems: problems || null,
    otherMatters: sectionText(plain, spans, 'otherMatters') ?? null,
    extraSections: spans
      .filter((s) => s.id === 'feeCollection' || s.id === 'statistics')
      .map((s) => ({ heading: s.heading, text: plain.slice(s.start, s.end).trim() })),
    sectionsFound: spans.map((s) => s.id),
    unreadable: c.unreadable,
    notes: c.notes,
    sources: c.sources,
  };
}

function readOverview(plain: string, overview: SectionSpan, c: Collector) {
  // Same length as the original, so offsets found here are offsets in the plain text.
  const text = foldText(plain.slice(overview.start, overview.end)); // simplified and half-width
  const channels = readPublications(text, overview.start, c);
  readApplicationsStated(text, overview.start, c);
  return channels;
}

function readTables(doc: SourceDocument, spans: SectionSpan[], format: FormatVersion, c: Collector): ApplicationsLayout | null {
  const tableFormat = format === '2019' ? '2019' : '2021';
  const find = (id: SectionId) => spans.find((s) => s.id === id);
  const missing = (id: SectionId, label: string) =>
    c.fail({ section: id, keys: [], reason: 'missing-section', message: `未找到${label}，该部分数据无法读取` });

  const a20 = find('article20');
  if (a20) readArticle20(doc, a20, tableFormat, c);
  else missing('article20', '第二部分“主动公开政府信息情况”');
  const apps = find('applications');
  const layout = apps ? readApplications(doc, apps, tableFormat, c) : null;
  if (!apps) missing('applications', '第三部分“收到和处理政府信息公开申请情况”');
  const review = find('reviewLitigation');
  if (review) readReview(doc, review, c);
  else missing('reviewLitigation', '第四部分“政府信息公开行政复议、行政诉讼情况”');
  return layout ?? (tableFormat === '2019' ? 'single-other' : 'split-other');
}
