// Accumulates what the mapper reads: values by dotted key with their provenance, the cells and
// sections that could not be read (with the reason), and notes for the supervisor.
import type { Provenance, Unreadable } from '../model.ts';

export type Collector = {
  values: Map<string, number | null>;
  sources: Record<string, Provenance>;
  unreadable: Unreadable[];
  notes: { key?: string; message: string }[];
  set(key: string, value: number, provenance: Provenance): void;
  fail(entry: Unreadable): void;
  note(message: string, key?: string): void;
};

export function createCollector(): Collector {
  const collector: Collector = {
    values: new Map(),
    sources: {},
    unreadable: [],
    notes: [],
    set(key, value, provenance) {
      collector.values.set(key, value);
      collector.sources[key] = provenance;
    },
    fail(entry) {
      for (const key of entry.keys) if (!collector.values.has(key)) collector.values.set(key, null);
      collector.unreadable.push(entry);
    },
    note(message, key) {
      collector.notes.push(key ? { key, message } : { message });
    },
  };
  return collector;
}
