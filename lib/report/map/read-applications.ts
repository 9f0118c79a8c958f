// Section 三 → `applications.<row>.<column>`: rows found by label (table rows or glued text),
// numbers split with the table's arithmetic, then the four outcome groups derived.
import {
  APPLICATION_COLUMNS,
  APPLICATION_GROUPS,
  APPLICATION_OTHER_SINGLE_ROW,
  APPLICATION_ROWS,
  type ApplicationRowDef,
  type ApplicationsLayout,
  type FormatVersion,
} from '../format.ts';
import { matchApplicationRow } from '../normalize/labels.ts';
import type { SourceDocument } from '../read/source-document.ts';
import type { Collector } from './collector.ts';
import { segmentGluedRows, type GluedDef } from './glued-rows.ts';
import type { SectionSpan } from './locate-sections.ts';
import { resolveJointly } from './resolve-jointly.ts';
import { readRow, type RowEvidence } from './row-values.ts';
import { collectTableRows, hasTables } from './table-rows.ts';

const COLUMN_KEYS = APPLICATION_COLUMNS.map((c) => c.key);
const KINDS = COLUMN_KEYS.map(() => 'count' as const);

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
      read.cells.forEach((cell, i) => {
        const key = `applications.${def.key}.${COLUMN_KEYS[i]}`;
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
  for (const row of segmentGluedRows(doc.plainText, span.start, span.end, GLUED_DEFS)) {
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
  return COLUMN_KEYS.map((col) => `applications.${row}.${col}`);
}

function listKeys(layout: ApplicationsLayout): string[] {
  return listRowDefs(layout).flatMap((r) => cellKeys(r.key));
}

function deriveGroups(layout: ApplicationsLayout, c: Collector): void {
  const all: readonly ApplicationRowDef[] = APPLICATION_ROWS;
  for (const group of APPLICATION_GROUPS) {
    if (group.key === 'other' && layout === 'single-other') continue; // read directly
    const members = all.filter((r) => r.group === group.key).map((r) => r.key);
    for (const col of COLUMN_KEYS) {
      const key = `applications.${group.key}.${col}`;
      const parts = members.map((m) => c.values.get(`applications.${m}.${col}`));
      if (parts.every((p): p is number => typeof p === 'number')) {
        c.set(key, parts.reduce((a, b) => a + b, 0), { method: 'derived', note: `由${group.label}各项相加` });
      } else {
        c.values.set(key, null);
      }
    }
  }
}
