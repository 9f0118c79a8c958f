// Rows whose glued digits still allow several readings after the row's own arithmetic (R3)
// are tried together against the column arithmetic of section 三 (R1 and R2). A row is
// accepted only if every combination that satisfies the columns gives it the same reading.
import { listOutcomeRowKeys, type ApplicationRowDef, type ApplicationsLayout } from '../format.ts';
import { COLUMN_KEYS, rowKeys } from './application-keys.ts';
import type { Collector } from './collector.ts';

type Pending = { def: ApplicationRowDef; candidates: number[][]; message: string; text: string };

const MAX_COMBINATIONS = 50_000;

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
      const keys = rowKeys(p.def.key);
      only.forEach((value, col) => {
        c.set(keys[col] ?? `applications.${p.def.key}.${COLUMN_KEYS[col]}`, value, {
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
      keys: [...rowKeys(p.def.key)],
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

/** Where a row's values come from in a combination: its reading there (when pending), else what was read. */
type RowSource = { pending: number; read: (number | undefined)[] | undefined };

/** The four rows of R1, in the order rec + over = handled + forward. */
const R1_ROWS = ['received', 'carriedOver', 'handledTotal', 'carriedForward'] as const;

/**
 * The test of one combination of readings against R1 and R2. What does not depend on the
 * combination (the rows already read, which rows are pending) is looked up once here rather
 * than per combination and cell: there can be tens of thousands of combinations.
 */
function columnCheck(pending: Pending[], layout: ApplicationsLayout, c: Collector): (combo: number[][]) => boolean {
  const pendingAt = new Map(pending.map((p, i) => [p.def.key, i]));
  const sourceOf = (row: string): RowSource => ({
    pending: pendingAt.get(row) ?? -1,
    read: rowKeys(row).map((key) => {
      const value = c.get(key);
      return typeof value === 'number' ? value : undefined;
    }),
  });
  const r1 = R1_ROWS.map(sourceOf);
  const outcome = listOutcomeRowKeys(layout).map(sourceOf);
  return (combo) => holdsColumns(combo, r1, outcome);
}

/** A row's value in column `col` under the combination. */
function valueIn(combo: number[][], source: RowSource | undefined, col: number): number | undefined {
  const own = source && source.pending !== -1 ? combo[source.pending] : undefined;
  if (own) return own[col];
  return source?.read?.[col];
}

function holdsColumns(combo: number[][], r1: readonly RowSource[], outcome: readonly RowSource[]): boolean {
  for (let col = 0; col < COLUMN_KEYS.length; col++) {
    const rec = valueIn(combo, r1[0], col);
    const over = valueIn(combo, r1[1], col);
    const handled = valueIn(combo, r1[2], col);
    const forward = valueIn(combo, r1[3], col);
    if (rec !== undefined && over !== undefined && handled !== undefined && forward !== undefined && rec + over !== handled + forward) return false;
    if (handled === undefined) continue;
    // R2: the outcome rows, summed in row order, when every one of them has a value.
    let sum: number | undefined = 0;
    for (const row of outcome) {
      const part = valueIn(combo, row, col);
      if (part === undefined) {
        sum = undefined;
        break;
      }
      sum += part;
    }
    if (sum !== undefined && sum !== handled) return false;
  }
  return true;
}
