// THE canonical list of what a report contains: sections, rows, columns, Chinese labels and the
// wordings real publications use for them, for the 2021 format and the 2019/2020 format.
// Everything else (model, readers, checks, CSV, database) enumerates cells from here.
import { APPLICATION_COLUMNS, APPLICATION_GROUPS, APPLICATION_ROWS, type ApplicationGroup } from './format/applications.ts';
import { ARTICLE20_ROWS, type Article20RowDef, type CellKind } from './format/article20.ts';
import { REVIEW_BLOCKS, REVIEW_COLUMNS } from './format/review.ts';
import type { FormatVersion, SectionId } from './format/sections.ts';

export * from './format/sections.ts';
export * from './format/applications.ts';
export * from './format/article20.ts';
export * from './format/review.ts';

export type CellDef = {
  /** Dotted key, e.g. `applications.deniedStateSecret.total`; JSON nests along the dots. */
  key: string;
  section: SectionId;
  row: string;
  column: string;
  /** Chinese label a supervisor recognises: row label · column label. */
  label: string;
  rowLabel: string;
  columnLabel: string;
  kind: CellKind | 'text';
  /** Formats (table layouts) in which the cell exists. */
  formats: readonly FormatVersion[];
  /** Formats in which the value is computed from other cells rather than read. */
  derivedIn: readonly FormatVersion[];
};

const TABLE_FORMATS: readonly FormatVersion[] = ['2021', '2019'];
const ALL_FORMATS: readonly FormatVersion[] = ['2021', '2019', 'pre2019'];

function buildOverviewCells(): CellDef[] {
  return [
    cell('overview', 'publications', 'total', '一、总体情况', '全年主动公开信息总数（条）', 'count', ALL_FORMATS),
    cell('overview', 'publications', 'channels', '一、总体情况', '各渠道发布信息数（条）', 'text', ALL_FORMATS),
    cell('overview', 'overview', 'applicationsStated', '一、总体情况', '正文所述收到申请数（件）', 'count', ALL_FORMATS),
  ];
}

function buildArticle20Cells(): CellDef[] {
  const cells: CellDef[] = [];
  for (const row of ARTICLE20_ROWS as readonly Article20RowDef[]) {
    const byColumn = new Map<string, { label: string; kind: CellKind; formats: FormatVersion[] }>();
    for (const format of ['2021', '2019'] as const) {
      for (const column of row.columns[format] ?? []) {
        const seen = byColumn.get(column.key) ?? { label: column.label, kind: column.kind, formats: [] };
        seen.formats.push(format);
        byColumn.set(column.key, seen);
      }
    }
    for (const [columnKey, column] of byColumn) {
      cells.push(cell('article20', row.key, columnKey, `第二十条第（${row.item}）项 ${row.label}`, column.label, column.kind, column.formats));
    }
  }
  return cells;
}

const GROUP_ROW_LABEL: Record<ApplicationGroup, string> = {
  denied: '（三）不予公开（小计）',
  unavailable: '（四）无法提供（小计）',
  notProcessed: '（五）不予处理（小计）',
  other: '（六）其他处理（小计）',
};

function buildApplicationCells(): CellDef[] {
  const cells: CellDef[] = [];
  const rows = [
    ...APPLICATION_ROWS.map((r) => ({ key: r.key, label: r.label, formats: r.formats, derivedIn: [] as FormatVersion[] })),
    ...APPLICATION_GROUPS.map((g) => ({
      key: g.key,
      label: GROUP_ROW_LABEL[g.key],
      formats: TABLE_FORMATS,
      // The 2019 layout prints （六）其他处理 as one row: read, not summed.
      derivedIn: g.key === 'other' ? (['2021'] as FormatVersion[]) : (['2021', '2019'] as FormatVersion[]),
    })),
  ];
  for (const row of rows) {
    for (const column of APPLICATION_COLUMNS) {
      const def = cell('applications', row.key, column.key, row.label, column.label, 'count', row.formats);
      cells.push({ ...def, derivedIn: row.derivedIn });
    }
  }
  return cells;
}

function buildReviewCells(): CellDef[] {
  return REVIEW_BLOCKS.flatMap((block) =>
    REVIEW_COLUMNS.map((column) => cell('reviewLitigation', block.key, column.key, block.label, column.label, 'count', TABLE_FORMATS)),
  );
}

function cell(
  section: SectionId,
  row: string,
  column: string,
  rowLabel: string,
  columnLabel: string,
  kind: CellDef['kind'],
  formats: readonly FormatVersion[],
): CellDef {
  const prefix = section === 'overview' ? row : section;
  const key = section === 'overview' ? `${row}.${column}` : `${prefix}.${row}.${column}`;
  return { key, section, row, column, label: `${rowLabel}·${columnLabel}`, rowLabel, columnLabel, kind, formats, derivedIn: [] };
}

/** Every cell of the canonical model, in export order. */
export const CELLS: readonly CellDef[] = [...buildOverviewCells(), ...buildArticle20Cells(), ...buildApplicationCells(), ...buildReviewCells()];

export const CELL_BY_KEY: ReadonlyMap<string, CellDef> = new Map(CELLS.map((c) => [c.key, c]));

export const CELL_KEYS: readonly string[] = CELLS.map((c) => c.key);

/** Cells that exist in a report of the given format (pre-2019 reports have no tables we read). */
export function listCellsForFormat(format: FormatVersion): CellDef[] {
  return CELLS.filter((c) => c.formats.includes(format));
}

/** The Chinese label of a dotted key, or the key itself for keys outside the canonical list. */
export function labelOf(key: string): string {
  return CELL_BY_KEY.get(key)?.label ?? key;
}
