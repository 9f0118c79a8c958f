// The stored form of a report's provenance. As objects, `sources` is ~28 KB of JSON per report
// (six times the rest of the read report), and PostgreSQL spent ~2 ms per report parsing it as
// jsonb. Stored instead as one compact JSON text — keys grouped by their row prefix, a tuple per
// key, the source text left out where it is just the plain text at the range — it is a third of
// the size and never parsed by the database. Only the report page decodes it, with the
// version's plain text beside it.
import { provenanceSchema, type Provenance } from './model.ts';

const METHODS = ['cell', 'split', 'prose', 'derived', 'empty-as-zero'] as const;

/** [leaf, method, table, row, col, start, end, text, page, note]; null for absent, trailing nulls dropped. */
type Packed = [string, number, ...(number | string | null)[]];
/** [prefix, entries]: the keys `${prefix}.${leaf}`, e.g. "applications.granted" with "total", "naturalPerson"… */
type Group = [string, Packed[]];

/** Marks a text that was left out because it equals plainText.slice(start, end). */
const SAME_AS_RANGE = 0;

export function encodeProvenance(sources: Record<string, Provenance>, plainText: string): string {
  const groups = new Map<string, Packed[]>();
  for (const key in sources) {
    const p = sources[key]!;
    const start = p.range?.start ?? null;
    const end = p.range?.end ?? null;
    const sameText = p.text !== undefined && start !== null && end !== null && plainText.slice(start, end) === p.text;
    const dot = key.lastIndexOf('.');
    const text = sameText ? SAME_AS_RANGE : (p.text ?? null);
    const row: Packed = [key.slice(dot + 1), METHODS.indexOf(p.method), p.table ?? null, p.row ?? null, p.col ?? null, start, end, text, p.page ?? null, p.note ?? null];
    while (row.length > 2 && row[row.length - 1] === null) row.pop();
    const prefix = key.slice(0, Math.max(0, dot));
    const group = groups.get(prefix);
    if (group) group.push(row);
    else groups.set(prefix, [row]);
  }
  return JSON.stringify([...groups] satisfies Group[]);
}

/** The inverse of encodeProvenance; entries that do not decode to valid provenance are skipped. */
export function decodeProvenance(packed: string, plainText: string): Record<string, Provenance> {
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
