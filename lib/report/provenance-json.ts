// Provenance as versions stored it before provenance-bytes.ts: one compact JSON text, keys
// grouped by their row prefix, a tuple per key, the source text left out where it is just the
// plain text at the range. Only read now (the report page, for those older versions).
import { provenanceSchema, type Provenance } from './model.ts';

const METHODS = ['cell', 'split', 'prose', 'derived', 'empty-as-zero'] as const;

// The text is `[[prefix, [entry…]]…]`, the keys being `${prefix}.${leaf}`, each entry
// [leaf, method, table, row, col, start, end, text, page, note], null for absent, trailing nulls dropped.

/** Marks a text that was left out because it equals plainText.slice(start, end). */
const SAME_AS_RANGE = 0;

/** Provenance from its JSON text; entries that do not decode to valid provenance are skipped. */
export function decodeProvenanceJson(packed: string, plainText: string): Record<string, Provenance> {
  const sources: Record<string, Provenance> = {};
  let groups: unknown;
  try {
    groups = JSON.parse(packed);
  } catch {
    return sources;
  }
  if (!Array.isArray(groups)) return sources;
  for (const group of groups) {
    if (!Array.isArray(group) || typeof group[0] !== 'string' || !Array.isArray(group[1])) continue;
    for (const row of group[1] as unknown[]) {
      if (!Array.isArray(row) || typeof row[0] !== 'string') continue;
      const key = group[0] ? `${group[0]}.${row[0]}` : row[0];
      const entry = decodeEntry(row, plainText);
      if (entry) sources[key] = entry;
    }
  }
  return sources;
}

function decodeEntry(row: unknown[], plainText: string): Provenance | undefined {
  const [, method, table, r, col, start, end, text, page, note] = row;
  const candidate: Record<string, unknown> = { method: METHODS[method as number] };
  if (table !== null && table !== undefined) candidate.table = table;
  if (r !== null && r !== undefined) candidate.row = r;
  if (col !== null && col !== undefined) candidate.col = col;
  if (page !== null && page !== undefined) candidate.page = page;
  if (typeof start === 'number' && typeof end === 'number') candidate.range = { start, end };
  if (text === SAME_AS_RANGE && typeof start === 'number' && typeof end === 'number') candidate.text = plainText.slice(start, end);
  else if (typeof text === 'string') candidate.text = text;
  if (typeof note === 'string') candidate.note = note;
  const parsed = provenanceSchema.safeParse(candidate);
  return parsed.success ? parsed.data : undefined;
}
