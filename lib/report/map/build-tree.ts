// The value tree, nested along the dotted keys in canonical order (stable JSON), holding only
// the cells that exist in the report's layout. A cell nobody could read is null and listed.
import { APPLICATION_ROW_BY_KEY, CELLS, type ApplicationsLayout, type CellDef, type FormatVersion } from '../format.ts';
import type { ReadReport } from '../model.ts';
import { cellIndex, type Collector } from './collector.ts';

type Tree = {
  article20: ReadReport['article20'];
  applications: ReadReport['applications'];
  reviewLitigation: ReadReport['reviewLitigation'];
  value: (key: string) => number | null;
};

export function buildValueTree(c: Collector, format: FormatVersion | null, layout: ApplicationsLayout | null): Tree {
  const fmt = format ?? '2021';
  const nested: Record<string, Record<string, Record<string, number | null>>> = { article20: {}, applications: {}, reviewLitigation: {} };
  const wholeSectionFailed = new Set(c.unreadable.filter((u) => u.keys.length === 0).map((u) => u.section));
  const unlisted: string[] = [];

  let row: Record<string, number | null> | undefined;
  for (const run of plansIn(fmt, layout)) {
    const section = nested[run.section];
    if (!section) continue;
    // A row is cloned from its all-null template when first met: the row object then has every
    // column in canonical order, as assigning them one by one would give it.
    if (run.first) section[run.row] = row = { ...run.template };
    else row = section[run.row];
    for (let i = 0; i < run.cells.length; i++) {
      const cell = run.cells[i]!;
      const value = c.getAt(run.indexes[i]!);
      if (value === undefined && !wholeSectionFailed.has(cell.section)) unlisted.push(cell.key);
      if (value !== undefined && value !== null && row) row[cell.column] = value;
    }
  }
  if (unlisted.length > 0) {
    const bySection = new Map<string, string[]>();
    for (const key of unlisted) {
      const section = key.split('.')[0] ?? '';
      bySection.set(section, [...(bySection.get(section) ?? []), key]);
    }
    for (const [section, keys] of bySection) {
      c.fail({ section, keys, reason: 'not-found', message: '未能读取这些单元格' });
    }
  }
  return {
    article20: nested.article20 as Tree['article20'],
    applications: nested.applications as Tree['applications'],
    reviewLitigation: nested.reviewLitigation as Tree['reviewLitigation'],
    value: (key) => c.get(key) ?? null,
  };
}

/**
 * Consecutive cells of one row, with their positions in CELLS (where the collector keeps their
 * values); `first` for the row's first run, which creates the row from `template`.
 */
type Run = { section: string; row: string; first: boolean; template: Record<string, null>; cells: CellDef[]; indexes: number[] };

// The cells of each format and layout, as runs, built once (there are six combinations).
const plans = new Map<string, readonly Run[]>();

function plansIn(fmt: FormatVersion, layout: ApplicationsLayout | null): readonly Run[] {
  const id = `${fmt}/${layout}`;
  let runs = plans.get(id);
  if (!runs) {
    runs = planRuns(CELLS.filter((cell) => existsIn(cell.section, cell.row, cell.formats, fmt, layout)));
    plans.set(id, runs);
  }
  return runs;
}

function planRuns(cells: readonly CellDef[]): Run[] {
  const runs: Run[] = [];
  const templates = new Map<string, Record<string, null>>();
  for (const cell of cells) {
    const rowId = `${cell.section}.${cell.row}`;
    let template = templates.get(rowId);
    const first = template === undefined;
    if (!template) templates.set(rowId, (template = {}));
    template[cell.column] = null;
    const last = runs[runs.length - 1];
    if (last && !first && last.section === cell.section && last.row === cell.row) {
      last.cells.push(cell);
      last.indexes.push(cellIndex(cell.key));
    } else {
      runs.push({ section: cell.section, row: cell.row, first, template, cells: [cell], indexes: [cellIndex(cell.key)] });
    }
  }
  return runs;
}

function existsIn(section: string, row: string, formats: readonly FormatVersion[], fmt: FormatVersion, layout: ApplicationsLayout | null): boolean {
  if (fmt === 'pre2019') return false;
  if (section === 'applications') {
    const def = APPLICATION_ROW_BY_KEY.get(row);
    // （六） sub-rows exist by the table's layout, whatever the format.
    if (def?.group === 'other') return layout !== 'single-other';
  }
  return formats.includes(fmt);
}
