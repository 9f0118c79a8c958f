// One report as an ordered list of blocks (title, headings, paragraphs, tables, sign-off), shared
// by the text, HTML and DOCX renderers so that the three outputs say exactly the same thing.
import { SECTIONS, type SectionId } from '../../report/format.ts';
import type { ReportFigures } from './figures-types.ts';
import type { Rng } from './prng.ts';
import { composeProse, type ReportProse } from './prose.ts';
import type { Township } from './regions.ts';
import { buildApplicationsGrid, buildArticle20Grid, buildReviewGrid, type Grid } from './tables.ts';

export type TableKind = 'article20' | 'applications' | 'reviewLitigation';

export type Block =
  | { type: 'heading'; level: 1 | 2; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'table'; kind: TableKind; grid: Grid }
  | { type: 'signOff'; lines: string[] };

export type ReportDocument = {
  title: string;
  town: Township;
  figures: ReportFigures;
  prose: ReportProse;
  blocks: Block[];
};

function sectionHeading(id: SectionId): string {
  const section = SECTIONS.find((s) => s.id === id);
  if (!section) throw new Error(`unknown section ${id}`);
  return `${section.ordinal}、${section.label}`;
}

export function composeTitle(town: Township, year: number): string {
  return `${town.unit}${year}年政府信息公开工作年度报告`;
}

export function composeReport(town: Township, figures: ReportFigures, rng: Rng): ReportDocument {
  const prose = composeProse(town, figures, rng);
  const blocks: Block[] = [{ type: 'heading', level: 1, text: sectionHeading('overview') }, { type: 'paragraph', text: prose.intro }];
  for (const sub of prose.overview) {
    blocks.push({ type: 'heading', level: 2, text: sub.heading }, ...sub.paragraphs.map((text): Block => ({ type: 'paragraph', text })));
  }
  blocks.push(
    { type: 'heading', level: 1, text: sectionHeading('article20') },
    { type: 'table', kind: 'article20', grid: buildArticle20Grid(figures) },
    { type: 'heading', level: 1, text: sectionHeading('applications') },
    { type: 'table', kind: 'applications', grid: buildApplicationsGrid(figures) },
    { type: 'heading', level: 1, text: sectionHeading('reviewLitigation') },
    { type: 'table', kind: 'reviewLitigation', grid: buildReviewGrid(figures) },
    { type: 'heading', level: 1, text: sectionHeading('problems') },
    ...prose.problems.map((text): Block => ({ type: 'paragraph', text })),
    { type: 'heading', level: 1, text: sectionHeading('otherMatters') },
    ...prose.otherMatters.map((text): Block => ({ type: 'paragraph', text })),
    { type: 'signOff', lines: [prose.signOff.unit, prose.signOff.date] },
  );
  return { title: composeTitle(town, figures.year), town, figures, prose, blocks };
}
