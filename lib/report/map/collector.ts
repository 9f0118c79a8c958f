// Accumulates what the mapper reads: values by dotted key with their provenance, the cells and
// sections that could not be read (with the reason), and notes for the supervisor.
import { CELLS } from '../format.ts';
import type { Provenance, Unreadable } from '../model.ts';

/** A cell's value: a number, null when it was looked for and not read, undefined when not looked for. */
export type CellValue = number | null | undefined;

export type Collector = {
  sources: Record<string, Provenance>;
  unreadable: Unreadable[];
  notes: { key?: string; message: string }[];
  set(key: string, value: number, provenance: Provenance): void;
  /** Records that the cell has no value (null), whatever was read for it before. */
  setUnread(key: string): void;
  get(key: string): CellValue;
  /** The value of CELLS[index] (see cellIndex). */
  getAt(index: number): CellValue;
  fail(entry: Unreadable): void;
  note(message: string, key?: string): void;
};

// Every canonical key's position in CELLS. Values are kept in an array by that position: a Map
// per report grew (and rehashed) its way to ~300 entries, and the value tree reads them in
// CELLS order anyway.
const INDEX_BY_KEY: ReadonlyMap<string, number> = new Map(CELLS.map((cell, i) => [cell.key, i]));

/** The position of a canonical key in CELLS, or -1 for any other key. */
export function cellIndex(key: string): number {
  return INDEX_BY_KEY.get(key) ?? -1;
}

export function createCollector(): Collector {
  const values: CellValue[] = new Array<CellValue>(CELLS.length).fill(undefined);
  // Keys outside CELLS, which no reader sets today; kept so that such a key still reads back.
  let others: Map<string, CellValue> | undefined;
  const store = (key: string, value: number | null) => {
    const index = cellIndex(key);
    if (index !== -1) values[index] = value;
    else (others ??= new Map()).set(key, value);
  };
  const collector: Collector = {
    sources: {},
    unreadable: [],
    notes: [],
    set(key, value, provenance) {
      store(key, value);
      collector.sources[key] = provenance;
    },
    setUnread(key) {
      store(key, null);
    },
    get(key) {
      const index = cellIndex(key);
      return index !== -1 ? values[index] : others?.get(key);
    },
    getAt(index) {
      return values[index];
    },
    fail(entry) {
      for (const key of entry.keys) if (collector.get(key) === undefined) store(key, null);
      collector.unreadable.push(entry);
    },
    note(message, key) {
      collector.notes.push(key ? { key, message } : { message });
    },
  };
  return collector;
}
