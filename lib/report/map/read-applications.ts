// Section 三 → `applications.<row>.<column>`: rows found by label (table rows or glued text),
// numbers split with the table's arithmetic, then the four outcome groups derived.
import {
  APPLICATION_GROUPS,
  APPLICATION_OTHER_SINGLE_ROW,
  APPLICATION_ROWS,
  type ApplicationRowDef,
  type ApplicationsLayout,
  type FormatVersion,
} from '../format.ts';
import { matchApplicationRow } from '../normalize/labels.ts';
import type { SourceDocument } from '../read/source-document.ts';
import { COLUMN_KEYS, rowKeys } from './application-keys.ts';
import type { Collector } from './collector.ts';
import { segmentGluedRows, type GluedDef } from './glued-rows.ts';
import type { SectionSpan } from './locate-sections.ts';
import { resolveJointly } from './resolve-jointly.ts';
import { readRow, type RowEvidence } from './row-values.ts';
import { collectTableRows, hasTables } from './table-rows.ts';

const KINDS = COLUMN_KEYS.map(() => 'count' as const);

// Each group's member rows, in table order.
const GROUP_MEMBERS: ReadonlyMap<string, readonly string[]> = new Map(
  APPLICATION_GROUPS.map((g) => [g.key, (APPLICATION_ROWS as readonly ApplicationRowDef[]).filter((r) => r.group === g.key).map((r) => r.key)]),
);

/** R3 inside one row: 总计 = the six applicant columns. */
export const rowTotalHolds = (v: number[]) => v.slice(0, 6).reduce((a, b) => a + b, 0) === v[6];

export function readApplications(doc: SourceDocument, span: SectionSpan, format: FormatVersion, c: Collector): ApplicationsLayout {
  const evidence = findEvidence(doc, span);
  const has = (key: string) => evidence.has(key);
  const layout: ApplicationsLayout =
    has('otherNoCorrection') || has('otherFeeUnpaid') || has('otherOther') ? 'split-other' : has('other') || format === '2019' ? 'single-other' : 'split-other';
  if (layout === 'single-other' && format === '2021') c.note('第三部分表格的（六）其他处理只有一行（2019年版写法），按“其他处理”合计读取', 'applications.other');
  if (evidence.size === 0) {
    c.fail({ section: 'applications', keys: listKeys(layout), reason: 'not-found', message: '第三部分中未能识别出申请情况表格' });
    return layout;
  }

  const rows = listRowDefs(layout);
  const pending: { def: ApplicationRowDef; candidates: number[][]; message: string; text: string }[] = [];
  for (const def of rows) {
    const found = evidence.get(def.key);
    if (!found) {
      c.fail({ section: 'applications', keys: cellKeys(def.key), reason: 'not-found', message: `第三部分未找到“${def.label}”行` });
      continue;
    }
    const read = readRow(found, KINDS, rowTotalHolds);
    if (read.status === 'read') {
      const keys = rowKeys(def.key);
      read.cells.forEach((cell, i) => {
        const key = keys[i] ?? `applications.${def.key}.${COLUMN_KEYS[i]}`;
        if (cell.value !== null && cell.provenance) c.set(key, cell.value, cell.provenance);
        else c.fail({ section: 'applications', keys: [key], reason: 'unparseable', message: cell.problem ?? '无法读取' });
      });
    } else {
      pending.push({ def, candidates: read.candidates, message: read.message, text: read.text });
    }
  }
  resolveJointly(pending, layout, c);
  deriveGroups(layout, c);
  return layout;
}

function findEvidence(doc: SourceDocument, span: SectionSpan): Map<string, RowEvidence> {
  const evidence = new Map<string, RowEvidence>();
  if (hasTables(doc, span)) {
    for (const row of collectTableRows(doc, span)) {
      if (row.values.length === 0) continue;
      const def = matchApplicationRow(row.labelCells);
      if (def && !evidence.has(def.key)) evidence.set(def.key, { kind: 'table', row });
    }
  }
  if (evidence.size >= 5) return evidence;
  for (const row of segmentGluedRows(doc, span.start, span.end, GLUED_DEFS)) {
    if (row.key.startsWith('group:') || row.valueText === '') continue;
    if (!evidence.has(row.key)) evidence.set(row.key, { kind: 'glued', row });
  }
  return evidence;
}

const GROUP_BEFORE: Record<string, string> = {
  granted: '本年度办理结果',
  deniedStateSecret: '不予公开',
  unavailableNotHeld: '无法提供',
  notProcessedComplaint: '不予处理',
};

const GLUED_DEFS: GluedDef[] = APPLICATION_ROWS.flatMap((row: ApplicationRowDef): GluedDef[] => {
  const own: GluedDef = { key: row.key, phrases: row.phrases, ...(row.gluedPrefix ? { prefix: row.gluedPrefix } : {}) };
  const group = GROUP_BEFORE[row.key];
  if (row.key === 'otherNoCorrection') return [{ key: 'other', phrases: APPLICATION_OTHER_SINGLE_ROW.phrases }, own];
  return group ? [{ key: `group:${group}`, phrases: [group] }, own] : [own];
});

function listRowDefs(layout: ApplicationsLayout): ApplicationRowDef[] {
  const all: readonly ApplicationRowDef[] = APPLICATION_ROWS;
  if (layout === 'split-other') return [...all];
  const withoutSplit = all.filter((r) => r.group !== 'other');
  const totalAt = withoutSplit.findIndex((r) => r.key === 'handledTotal');
  return [...withoutSplit.slice(0, totalAt), APPLICATION_OTHER_SINGLE_ROW, ...withoutSplit.slice(totalAt)];
}

function cellKeys(row: string): string[] {
  return [...rowKeys(row)];
}

function listKeys(layout: ApplicationsLayout): string[] {
  return listRowDefs(layout).flatMap((r) => cellKeys(r.key));
}

function deriveGroups(layout: ApplicationsLayout, c: Collector): void {
  for (const group of APPLICATION_GROUPS) {
    if (group.key === 'other' && layout === 'single-other') continue; // read directly
    const groupKeys = rowKeys(group.key);
    const memberKeys = (GROUP_MEMBERS.get(group.key) ?? []).map(rowKeys);
    const note = `由${group.label}各项相加`;
    COLUMN_KEYS.forEach((_, i) => {
      const key = groupKeys[i] ?? '';
      let sum: number | null = 0;
      for (const keys of memberKeys) {
        const part = c.get(keys[i] ?? '');
        sum = typeof part === 'number' && sum !== null ? sum + part : null;
      }
      if (sum !== null) c.set(key, sum, { method: 'derived', note });
      else c.setUnread(key);
    });
  }
}
