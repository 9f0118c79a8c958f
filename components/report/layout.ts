// The printed layout of sections 二, 三 and 四 as data, built from THE canonical format
// (lib/report/format.ts): which rows a report of a given format prints, with the merged
// label cells of section 三. The tables render from it and the findings list uses it to know
// which cells have an anchor on the page.
import {
  APPLICATION_COLUMNS,
  APPLICATION_GROUPS,
  APPLICATION_ROWS,
  ARTICLE20_ROWS,
  REVIEW_BLOCKS,
  REVIEW_COLUMNS,
  type Article20ColumnDef,
  type Article20RowDef,
  type ApplicationsLayout,
} from '@/lib/report/format';

export type TableFormat = '2021' | '2019';

export type Article20Group = { item: string; columns: readonly Article20ColumnDef[]; rows: Article20RowDef[] };

/** Section 二: one sub-table per 第二十条 item, rows and columns of the report's format. */
export function listArticle20Groups(format: TableFormat): Article20Group[] {
  const groups: Article20Group[] = [];
  for (const row of ARTICLE20_ROWS as readonly Article20RowDef[]) {
    const columns = row.columns[format];
    if (!columns) continue;
    const group = groups.find((g) => g.item === row.item);
    if (group) group.rows.push(row);
    else groups.push({ item: row.item, columns, rows: [row] });
  }
  return groups;
}

export type ApplicationRowView = {
  key: string;
  label: string;
  /** How many of the three label columns the row's own label spans. */
  labelSpan: 1 | 2 | 3;
  /** On the first outcome row: the rowSpan of "三、本年度办理结果". */
  resultsSpan?: number;
  /** On the first row of （三）–（六）: the group label and its rowSpan. */
  groupHeader?: { label: string; span: number };
};

const TOP_ROWS = new Set(['received', 'carriedOver', 'carriedForward']);

/** Section 三: 25 rows (2021, （六） split in three) or 23 rows (one （六）其他处理 row). */
export function listApplicationRows(layout: ApplicationsLayout): ApplicationRowView[] {
  const rows: ApplicationRowView[] = [];
  for (const def of APPLICATION_ROWS) {
    const group = 'group' in def ? def.group : undefined;
    if (group === 'other' && layout === 'single-other') {
      if (def.key === 'otherNoCorrection') rows.push({ key: 'other', label: APPLICATION_GROUPS.find((g) => g.key === 'other')!.label, labelSpan: 2 });
      continue;
    }
    if (TOP_ROWS.has(def.key)) {
      rows.push({ key: def.key, label: def.label, labelSpan: 3 });
      continue;
    }
    const view: ApplicationRowView = { key: def.key, label: def.label, labelSpan: group ? 1 : 2 };
    if (group) {
      const members = APPLICATION_ROWS.filter((r) => 'group' in r && r.group === group);
      if (members[0]!.key === def.key) view.groupHeader = { label: APPLICATION_GROUPS.find((g) => g.key === group)!.label, span: members.length };
    }
    rows.push(view);
  }
  const firstOutcome = rows.findIndex((r) => !TOP_ROWS.has(r.key));
  const outcomeCount = rows.filter((r) => !TOP_ROWS.has(r.key)).length;
  rows[firstOutcome]!.resultsSpan = outcomeCount;
  return rows;
}

export const APPLICANT_COLUMNS = APPLICATION_COLUMNS;

/** Every dotted key that has a cell (and so an anchor) on the page for this format. */
export function listRenderedKeys(format: TableFormat | null, layout: ApplicationsLayout): Set<string> {
  const keys = new Set(['publications.total', 'overview.applicationsStated']);
  if (format === null) return keys;
  for (const group of listArticle20Groups(format)) {
    for (const row of group.rows) for (const column of group.columns) keys.add(`article20.${row.key}.${column.key}`);
  }
  for (const row of listApplicationRows(layout)) for (const column of APPLICATION_COLUMNS) keys.add(`applications.${row.key}.${column.key}`);
  for (const block of REVIEW_BLOCKS) for (const column of REVIEW_COLUMNS) keys.add(`reviewLitigation.${block.key}.${column.key}`);
  return keys;
}
