// Plain-text output, shaped like the seed (a real report converted to text): Markdown-style
// headings, tables as tab-separated lines. Sections 二 and 四 are flattened cell by cell (merged
// positions become empty fields); section 三 reproduces the seed's own flattening, labels
// drifting between the three label columns exactly as they do there.
import { APPLICATION_COLUMNS, type ApplicationKey } from '../../report/format.ts';
import type { ReportDocument } from './compose-report.ts';
import { getCounts, listPrintedApplicationRows, type ReportFigures } from './figures-types.ts';
import {
  APPLICANTS_HEADING,
  APPLICATIONS_NOTE,
  ORGANISATIONS_HEADING,
  OUTCOMES_HEADING,
  TOP_LEVEL_ROWS,
  formatNumber,
  groupOfRow,
  labelApplicationRow,
  layoutGrid,
  type Grid,
} from './tables.ts';

/** The seed's label style: "(一) 予以公开", "1. 属于国家秘密", "(区分处理的, 只计这一情形, …)". */
export function toSeedLabel(label: string): string {
  return label
    .replace(/^（([一二三四五六七八九十])）/, '($1) ')
    .replace(/（([^）]*)）/g, (_m, inner: string) => ` (${inner.replace(/，/g, ', ')})`)
    .replace(/^(\d+)\./, '$1. ');
}

function flattenGrid(grid: Grid): string[] {
  return layoutGrid(grid).map((row) => row.map((slot) => (slot.kind === 'origin' ? slot.cell.text.replace(/\n/g, ' ') : '')).join('\t'));
}

/** Label fields that precede the seven values of a row, as the seed prints them. */
function labelFields(key: ApplicationKey, printed: readonly ApplicationKey[]): { before: string[]; after: number } {
  const label = toSeedLabel(labelApplicationRow(key));
  if (TOP_LEVEL_ROWS.includes(key) || key === 'other') return { before: [label, ''], after: 1 };
  if (key === 'handledTotal') return { before: [label], after: 2 };
  if (key === 'granted') return { before: [OUTCOMES_HEADING, label], after: 1 };
  const group = groupOfRow(key);
  if (!group) return { before: ['', label], after: 1 };
  const members = printed.filter((k) => groupOfRow(k)?.key === group.key);
  const first = members[0] === key;
  // In the seed the page breaks before the last 不予处理 row and before （六）: from there the
  // labels slide one column to the left.
  if (key === 'notProcessedConfirmation') return { before: [label, ''], after: 1 };
  if (group.key === 'other') return { before: [first ? toSeedLabel(group.label) : '', label], after: 1 };
  return { before: ['', first ? toSeedLabel(group.label) : '', label], after: 0 };
}

function flattenApplications(figures: ReportFigures): string[] {
  const printed = listPrintedApplicationRows(figures.formatVersion);
  const columns = APPLICATION_COLUMNS.map((c) => c.label);
  const note = APPLICATIONS_NOTE.replace(/^（/, '(').replace(/）$/, ')');
  const lines = [
    [note, '', APPLICANTS_HEADING, '', '', '', '', '', columns[6] ?? '', ''],
    ['', '', columns[0] ?? '', ORGANISATIONS_HEADING, '', '', '', '', '', ''],
    ['', '', '', ...columns.slice(1, 6), '', ''],
  ];
  for (const key of printed) {
    const counts = getCounts(figures, key);
    const { before, after } = labelFields(key, printed);
    lines.push([...before, ...APPLICATION_COLUMNS.map((c) => formatNumber(counts[c.key])), ...new Array<string>(after).fill('')]);
  }
  return lines.map((fields) => fields.join('\t'));
}

export function renderText(doc: ReportDocument): string {
  const out: string[] = [`# ${doc.title}`, ''];
  for (const block of doc.blocks) {
    switch (block.type) {
      case 'heading':
        out.push(block.level === 1 ? `## ${block.text}` : `### ${block.text}：`, '');
        break;
      case 'paragraph':
        out.push(block.text, '');
        break;
      case 'table':
        out.push(...(block.kind === 'applications' ? flattenApplications(doc.figures) : flattenGrid(block.grid)), '');
        break;
      case 'signOff':
        out.push(...block.lines);
        break;
    }
  }
  return out.join('\n') + '\n';
}
