// The stored form of a report's provenance. As objects, `sources` is ~28 KB of JSON per report
// (six times the rest of the read report), and PostgreSQL spent ~2 ms per report parsing it as
// jsonb. Stored instead as one compact JSON text — keys grouped by their row prefix, a tuple per
// key, the source text left out where it is just the plain text at the range — it is a third of
// the size and never parsed by the database. Only the report page decodes it, with the
// version's plain text beside it.
import { provenanceSchema, type Provenance } from './model.ts';
import { JsonUnits } from './json-units.ts';

const METHODS = ['cell', 'split', 'prose', 'derived', 'empty-as-zero'] as const;

/** [leaf, method, table, row, col, start, end, text, page, note]; null for absent, trailing nulls dropped. */
type Packed = [string, number, ...(number | string | null)[]];
/** [prefix, entries]: the keys `${prefix}.${leaf}`, e.g. "applications.granted" with "total", "naturalPerson"… */
type Group = [string, Packed[]];
/** The stored text parses to this. */
export type PackedProvenance = Group[];

/** Marks a text that was left out because it equals plainText.slice(start, end). */
const SAME_AS_RANGE = 0;

/**
 * Writes the JSON text of `[[prefix, [Packed…]]…]` unit by unit into a buffer, instead of
 * JSON.stringify over nested arrays built per key: about 30 % less time (measured 86–110 against
 * 123–158 µs per generated report, interleaved runs), on a path every imported report takes.
 * The output is exactly JSON.stringify's (provenance-codec.test.ts compares them).
 */
export function encodeProvenance(sources: Record<string, Provenance>, plainText: string): string {
  // Groups in order of their first key, keys in order within each. Each prefix has a number
  // (partsOf), so grouping is array indexing: a Map per report was the encoder's hottest line.
  if (PREFIX_IDS.size > 10_000) forgetKeyParts(); // bounded, whatever keys arrive
  const groups: { prefix: string; prefixId: number; keys: string[] }[] = [];
  for (const key in sources) {
    const parts = partsOf(key);
    let slot = groupSlots[parts.prefixId] ?? -1;
    if (slot === -1) {
      slot = groups.length;
      groupSlots[parts.prefixId] = slot;
      groups.push({ prefix: parts.prefix, prefixId: parts.prefixId, keys: [] });
    }
    groups[slot]!.keys.push(key);
  }
  for (const group of groups) groupSlots[group.prefixId] = -1;
  const out = new JsonUnits();
  out.char(0x5b); // [
  let firstGroup = true;
  for (const { prefix, keys } of groups) {
    if (!firstGroup) out.char(0x2c);
    firstGroup = false;
    out.char(0x5b);
    out.string(prefix);
    out.char(0x2c);
    out.char(0x5b);
    for (let k = 0; k < keys.length; k++) {
      if (k > 0) out.char(0x2c);
      writeEntry(out, keys[k]!, sources[keys[k]!]!, plainText);
    }
    out.char(0x5d);
    out.char(0x5d);
  }
  out.char(0x5d);
  return out.finish();
}

const FIELD_COUNT = 8;
const fields: (number | string | null | undefined)[] = new Array(FIELD_COUNT);

/** [leaf, method, table, row, col, start, end, text, page, note] without trailing nulls. */
function writeEntry(out: JsonUnits, key: string, p: Provenance, plainText: string): void {
  const start = p.range?.start;
  const end = p.range?.end;
  const sameText = p.text !== undefined && start !== undefined && end !== undefined && plainText.slice(start, end) === p.text;
  fields[0] = p.table;
  fields[1] = p.row;
  fields[2] = p.col;
  fields[3] = start;
  fields[4] = end;
  fields[5] = sameText ? SAME_AS_RANGE : p.text;
  fields[6] = p.page;
  fields[7] = p.note;
  let last = FIELD_COUNT - 1;
  while (last >= 0 && (fields[last] === undefined || fields[last] === null)) last--;
  out.char(0x5b);
  out.string(partsOf(key).leaf);
  out.char(0x2c);
  out.number(METHODS.indexOf(p.method));
  for (let i = 0; i <= last; i++) {
    out.char(0x2c);
    const value = fields[i];
    if (value === undefined || value === null) out.raw('null');
    else if (typeof value === 'number') out.number(value);
    else out.string(value);
  }
  out.char(0x5d);
}

// Keys are the canonical dotted keys, a few hundred: each is split once. (Slicing per report
// made fresh strings that the group Map had to hash every time.)
type KeyParts = { prefix: string; leaf: string; prefixId: number };
const KEY_PARTS = new Map<string, KeyParts>();
const PREFIX_IDS = new Map<string, number>();
/** Per prefix id: its group's index while a report is encoded, else -1. */
const groupSlots: number[] = [];

function forgetKeyParts(): void {
  KEY_PARTS.clear();
  PREFIX_IDS.clear();
  groupSlots.length = 0;
}

function partsOf(key: string): KeyParts {
  let parts = KEY_PARTS.get(key);
  if (!parts) {
    const dot = key.lastIndexOf('.');
    const prefix = key.slice(0, Math.max(0, dot));
    let prefixId = PREFIX_IDS.get(prefix);
    if (prefixId === undefined) {
      prefixId = PREFIX_IDS.size;
      PREFIX_IDS.set(prefix, prefixId);
      groupSlots[prefixId] = -1;
    }
    parts = { prefix, leaf: key.slice(dot + 1), prefixId };
    KEY_PARTS.set(key, parts);
  }
  return parts;
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
