// The value tree, nested along the dotted keys in canonical order (stable JSON), holding only
// the cells that exist in the report's layout. A cell nobody could read is null and listed.
import { APPLICATION_ROW_BY_KEY, CELLS, type ApplicationsLayout, type CellDef, type FormatVersion } from '../format.ts';
import type { ReadReport } from '../model.ts';
import type { Collector } from './collector.ts';

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

  for (const cell of cellsIn(fmt, layout)) {
    const section = nested[cell.section];
    if (!section) continue;
    const value = c.values.get(cell.key);
    if (value === undefined && !wholeSectionFailed.has(cell.section)) unlisted.push(cell.key);
    const row = (section[cell.row] ??= {});
    row[cell.column] = value ?? null;
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
    value: (key) => c.values.get(key) ?? null,
  };
}

// The cells of each format and layout, listed once (there are six combinations).
const cellLists = new Map<string, readonly CellDef[]>();

function cellsIn(fmt: FormatVersion, layout: ApplicationsLayout | null): readonly CellDef[] {
  const id = `${fmt}/${layout}`;
  let cells = cellLists.get(id);
  if (!cells) {
    cells = CELLS.filter((cell) => existsIn(cell.section, cell.row, cell.formats, fmt, layout));
    cellLists.set(id, cells);
  }
  return cells;
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
