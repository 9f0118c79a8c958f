// The dotted keys of section 三's cells, `applications.<row>.<column>`, built once: a key string
// built per cell and report has to be hashed afresh on every Map or object lookup.
import { APPLICATION_COLUMNS, APPLICATION_GROUPS, APPLICATION_OTHER_SINGLE_ROW, APPLICATION_ROWS } from '../format.ts';

export const COLUMN_KEYS: readonly string[] = APPLICATION_COLUMNS.map((c) => c.key);

const KEYS_BY_ROW: ReadonlyMap<string, readonly string[]> = new Map(
  [...APPLICATION_ROWS, APPLICATION_OTHER_SINGLE_ROW, ...APPLICATION_GROUPS].map((r) => [r.key, COLUMN_KEYS.map((col) => `applications.${r.key}.${col}`)]),
);

/** The row's seven cell keys, in column order (shared: copy before handing them out). */
export function rowKeys(row: string): readonly string[] {
  return KEYS_BY_ROW.get(row) ?? COLUMN_KEYS.map((col) => `applications.${row}.${col}`);
}
