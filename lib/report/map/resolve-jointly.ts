// Rows whose glued digits still allow several readings after the row's own arithmetic (R3)
// are tried together against the column arithmetic of section 三 (R1 and R2). A row is
// accepted only if every combination that satisfies the columns gives it the same reading.
import { APPLICATION_COLUMNS, listOutcomeRowKeys, type ApplicationRowDef, type ApplicationsLayout } from '../format.ts';
import type { Collector } from './collector.ts';

type Pending = { def: ApplicationRowDef; candidates: number[][]; message: string; text: string };

const MAX_COMBINATIONS = 50_000;
const COLUMN_KEYS = APPLICATION_COLUMNS.map((c) => c.key);

export function resolveJointly(pending: Pending[], layout: ApplicationsLayout, c: Collector): void {
  if (pending.length === 0) return;
  const size = pending.reduce((n, p) => n * Math.max(1, p.candidates.length), 1);
  const usable = pending.every((p) => p.candidates.length > 0) && size <= MAX_COMBINATIONS;
  const holds = usable ? columnCheck(pending, layout, c) : undefined;
  const passing = holds ? listCombinations(pending.map((p) => p.candidates)).filter(holds) : [];

  pending.forEach((p, i) => {
    const readings = new Map(passing.map((combo) => [combo[i]?.join(',') ?? '', combo[i] ?? []]));
    const only = readings.size === 1 ? [...readings.values()][0] : undefined;
    if (only) {
      only.forEach((value, col) => {
        c.set(`applications.${p.def.key}.${COLUMN_KEYS[col]}`, value, {
          method: 'split',
          text: p.text,
          note: `“${p.text}”有多种读法，按第三部分各列勾稽关系（第一项加第二项等于第三项加第四项、总计等于各项之和）唯一确定`,
        });
      });
      return;
    }
    const candidates = readings.size > 1 ? [...readings.values()] : p.candidates;
    c.fail({
      section: 'applications',
      keys: COLUMN_KEYS.map((col) => `applications.${p.def.key}.${col}`),
      reason: p.candidates.length > 1 ? 'ambiguous' : 'unparseable',
      message: `第三部分“${p.def.label}”行：${p.message}`,
      candidates,
      text: p.text,
    });
  });
}

function listCombinations(lists: number[][][]): number[][][] {
  return lists.reduce<number[][][]>((acc, list) => acc.flatMap((combo) => list.map((item) => [...combo, item])), [[]]);
}

/**
 * The test of one combination of readings against R1 and R2. What does not depend on the
 * combination (the rows already read, the row list) is looked up once here rather than per
 * combination: there can be tens of thousands of them.
 */
function columnCheck(pending: Pending[], layout: ApplicationsLayout, c: Collector): (combo: number[][]) => boolean {
  const pendingAt = new Map(pending.map((p, i) => [p.def.key, i]));
  const outcome = listOutcomeRowKeys(layout);
  const read = new Map<string, (number | undefined)[]>();
  for (const row of ['received', 'carriedOver', 'handledTotal', 'carriedForward', ...outcome]) {
    read.set(
      row,
      COLUMN_KEYS.map((col) => {
        const value = c.get(`applications.${row}.${col}`);
        return typeof value === 'number' ? value : undefined;
      }),
    );
  }
  return (combo) => holdsColumns(combo, outcome, pendingAt, read);
}

function holdsColumns(
  combo: number[][],
  outcome: readonly string[],
  pendingAt: ReadonlyMap<string, number>,
  read: ReadonlyMap<string, (number | undefined)[]>,
): boolean {
  const get = (row: string, col: number): number | undefined => {
    const at = pendingAt.get(row);
    const own = at === undefined ? undefined : combo[at];
    if (own) return own[col];
    return read.get(row)?.[col];
  };
  for (let col = 0; col < COLUMN_KEYS.length; col++) {
    const r1 = [get('received', col), get('carriedOver', col), get('handledTotal', col), get('carriedForward', col)];
    if (r1.every((v) => v !== undefined)) {
      const [rec = 0, over = 0, handled = 0, forward = 0] = r1;
      if (rec + over !== handled + forward) return false;
    }
    const handled = get('handledTotal', col);
    const parts = outcome.map((row) => get(row, col));
    if (handled !== undefined && parts.every((v) => v !== undefined)) {
      if (parts.reduce<number>((a, b) => a + (b ?? 0), 0) !== handled) return false;
    }
  }
  return true;
}
