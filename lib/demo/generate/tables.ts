// The three tables of a report as grids with merged cells, laid out like the national template
// (rowspan/colspan as in a real 2023 HTML report for the 2021 format and a real 2020 one for the
// 2019 format). HTML and DOCX are rendered from these grids; rows, columns and labels come from
// the canonical list in lib/report/format.ts.
import {
  APPLICATION_COLUMNS,
  APPLICATION_GROUPS,
  APPLICATION_OTHER_SINGLE_ROW,
  APPLICATION_ROW_BY_KEY,
  ARTICLE20_ROWS,
  REVIEW_BLOCKS,
  REVIEW_COLUMNS,
  type ApplicationKey,
  type Article20ColumnDef,
  type Article20RowDef,
} from '../../report/format.ts';
import { getCounts, listPrintedApplicationRows, type ReportFigures, type TableFormat } from './figures-types.ts';

/** `text` may contain '\n' where the template breaks a header (结果<br/>维持). */
export type GridCell = { text: string; rowSpan?: number; colSpan?: number };
export type Grid = { columns: number; rows: GridCell[][] };

/** Where each cell of a grid lands: `origin` cells carry the text, `covered` positions are merged away. */
export type GridSlot = { kind: 'origin'; cell: GridCell } | { kind: 'covered'; origin: GridCell; vertical: boolean; first: boolean };

/** Expands a grid into `columns` slots per row, resolving rowspans from the rows above. */
export function layoutGrid(grid: Grid): GridSlot[][] {
  const slots: (GridSlot | undefined)[][] = grid.rows.map(() => new Array<GridSlot | undefined>(grid.columns).fill(undefined));
  grid.rows.forEach((row, r) => {
    let col = 0;
    for (const cell of row) {
      while (slots[r]?.[col]) col++;
      const rowSpan = cell.rowSpan ?? 1;
      const colSpan = cell.colSpan ?? 1;
      for (let dr = 0; dr < rowSpan; dr++) {
        for (let dc = 0; dc < colSpan; dc++) {
          const target = slots[r + dr];
          if (!target) continue;
          target[col + dc] = dr === 0 && dc === 0 ? { kind: 'origin', cell } : { kind: 'covered', origin: cell, vertical: dr > 0, first: dc === 0 };
        }
      }
      col += colSpan;
    }
  });
  return slots.map((row) => row.map((slot): GridSlot => slot ?? { kind: 'origin', cell: { text: '' } }));
}

/** Prints a value the way reports do: integers plainly, 万元 amounts with up to two decimals. */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

/** 2019 reports print 处理决定数量 without 本年; the canonical phrases list that wording too. */
function columnLabel(column: Article20ColumnDef, format: TableFormat): string {
  if (format === '2019' && column.key === 'decisions') return column.phrases.find((p) => p === '处理决定数量') ?? column.label;
  return column.label;
}

/** Cells for 1–3 value columns spread over the template's three value columns. */
function spread(texts: string[]): GridCell[] {
  if (texts.length === 1) return [{ text: texts[0] ?? '', colSpan: 3 }];
  if (texts.length === 2) return [{ text: texts[0] ?? '' }, { text: texts[1] ?? '', colSpan: 2 }];
  return texts.map((text) => ({ text }));
}

export function buildArticle20Grid(figures: ReportFigures): Grid {
  const format = figures.formatVersion;
  const rows: GridCell[][] = [];
  let item: string | undefined;
  for (const row of ARTICLE20_ROWS as readonly Article20RowDef[]) {
    const columns = row.columns[format];
    if (!columns) continue;
    if (row.item !== item) {
      item = row.item;
      rows.push([{ text: `第二十条第（${row.item}）项`, colSpan: 4 }]);
      rows.push([{ text: '信息内容' }, ...spread(columns.map((c) => columnLabel(c, format)))]);
    }
    const values = figures.article20[row.key as keyof ReportFigures['article20']] ?? {};
    rows.push([{ text: row.label }, ...spread(columns.map((c) => formatNumber(values[c.key] ?? 0)))]);
  }
  return { columns: 4, rows };
}

export const APPLICATIONS_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
export const APPLICANTS_HEADING = '申请人情况';
export const ORGANISATIONS_HEADING = '法人或其他组织';
export const OUTCOMES_HEADING = '三、本年度办理结果';

/** The label a printed row of 三 carries (2019's single （六）其他处理 row included). */
export function labelApplicationRow(key: ApplicationKey): string {
  return key === 'other' ? APPLICATION_OTHER_SINGLE_ROW.label : (APPLICATION_ROW_BY_KEY.get(key)?.label ?? key);
}

export function groupOfRow(key: ApplicationKey): (typeof APPLICATION_GROUPS)[number] | undefined {
  if (key === 'other') return undefined; // 2019: a row of its own, not a group heading
  const group = APPLICATION_ROW_BY_KEY.get(key)?.group;
  return APPLICATION_GROUPS.find((g) => g.key === group);
}

/** Rows printed across all three label columns (一、二、四、); the rest sit under 三、本年度办理结果. */
export const TOP_LEVEL_ROWS: readonly ApplicationKey[] = ['received', 'carriedOver', 'carriedForward'];

export function buildApplicationsGrid(figures: ReportFigures): Grid {
  const printed = listPrintedApplicationRows(figures.formatVersion);
  const columns = APPLICATION_COLUMNS.map((c) => c.label);
  const rows: GridCell[][] = [
    [{ text: APPLICATIONS_NOTE, rowSpan: 3, colSpan: 3 }, { text: APPLICANTS_HEADING, colSpan: 7 }],
    [{ text: columns[0] ?? '', rowSpan: 2 }, { text: ORGANISATIONS_HEADING, colSpan: 5 }, { text: columns[6] ?? '', rowSpan: 2 }],
    columns.slice(1, 6).map((text) => ({ text })),
  ];
  const outcomeCount = printed.filter((k) => !TOP_LEVEL_ROWS.includes(k)).length;
  let currentGroup: string | undefined;
  for (const key of printed) {
    const counts = getCounts(figures, key);
    const values = APPLICATION_COLUMNS.map((c) => ({ text: formatNumber(counts[c.key]) }));
    const label = labelApplicationRow(key);
    if (TOP_LEVEL_ROWS.includes(key)) {
      rows.push([{ text: label, colSpan: 3 }, ...values]);
      continue;
    }
    const cells: GridCell[] = [];
    if (key === 'granted') cells.push({ text: OUTCOMES_HEADING, rowSpan: outcomeCount });
    const group = groupOfRow(key);
    if (!group) cells.push({ text: label, colSpan: 2 });
    else {
      if (group.key !== currentGroup) {
        currentGroup = group.key;
        const size = printed.filter((k) => groupOfRow(k)?.key === group.key).length;
        cells.push({ text: group.label, rowSpan: size });
      }
      cells.push({ text: label });
    }
    rows.push([...cells, ...values]);
  }
  return { columns: 10, rows };
}

/** 结果维持 → 结果\n维持: the template breaks these four-character headers in two. */
function breakHeader(label: string): string {
  return label.length === 4 ? `${label.slice(0, 2)}\n${label.slice(2)}` : label;
}

export function buildReviewGrid(figures: ReportFigures): Grid {
  const [review, ...suits] = REVIEW_BLOCKS;
  const headers = REVIEW_COLUMNS.map((c) => breakHeader(c.label));
  const rows: GridCell[][] = [
    [{ text: review?.label ?? '行政复议', colSpan: 5 }, { text: '行政诉讼', colSpan: 10 }],
    [...headers.map((text) => ({ text, rowSpan: 2 })), ...suits.map((b) => ({ text: b.phrases[0] ?? b.label, colSpan: 5 }))],
    suits.flatMap(() => headers.map((text) => ({ text }))),
    REVIEW_BLOCKS.flatMap((b) => REVIEW_COLUMNS.map((c) => ({ text: formatNumber(figures.reviewLitigation[b.key][c.key]) }))),
  ];
  return { columns: 15, rows };
}
