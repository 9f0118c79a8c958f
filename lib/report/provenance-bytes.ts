// The stored form of a report's provenance: a few bytes per value instead of JSON. As JSON
// (provenance-json.ts, still read for versions stored that way) it was ~11 KB per report, and
// PostgreSQL spent ~0.2 ms per imported report compressing and TOASTing it — a fifth of its
// work per report. Here it is ~2.1 KB, written without building any string.
//
// Layout (varints and strings as in bytes.ts):
//   format (1) · string count · strings… · entry count · entries…
// entry: key · header · [table] [row] [col] [range start − previous start, end − start] [text] [page] [note]
//   key: 2 × its index in PROVENANCE_KEYS_V1, or 2 × string index + 1 for any other key
//   header: method index (bits 0–2), then one bit per present field, text kind in two bits
//   text: a string index, present only when it is not just the plain text at the range
import { CELL_KEYS } from './format.ts';
import type { Provenance } from './model.ts';
import { ByteReader, ByteWriter } from './bytes.ts';

const FORMAT = 1;
const METHODS = ['cell', 'split', 'prose', 'derived', 'empty-as-zero'] as const;

/**
 * The canonical keys as they were when format 1 was defined: stored bytes refer to keys by
 * position in this list, so it must never change (provenance-bytes.test.ts pins it). New
 * canonical keys are written as strings until a format 2 extends the list.
 */
export const PROVENANCE_KEYS_V1: readonly string[] = CELL_KEYS.slice(0, 250);
const KEY_INDEX = new Map(PROVENANCE_KEYS_V1.map((key, index) => [key, index]));

const HAS_TABLE = 1 << 3;
const HAS_ROW = 1 << 4;
const HAS_COL = 1 << 5;
const HAS_RANGE = 1 << 6;
const TEXT_SAME = 1 << 7; // the text is plainText at the range, left out
const TEXT_OWN = 2 << 7;
const HAS_PAGE = 1 << 9;
const HAS_NOTE = 1 << 10;

export function encodeProvenanceBytes(sources: Record<string, Provenance>, plainText: string): Uint8Array<ArrayBuffer> {
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const indexOf = (text: string): number => {
    let index = stringIndex.get(text);
    if (index === undefined) {
      index = strings.push(text) - 1;
      stringIndex.set(text, index);
    }
    return index;
  };
  const entries = new ByteWriter();
  let count = 0;
  let previousStart = 0;
  for (const key in sources) {
    const p = sources[key]!;
    const keyIndex = KEY_INDEX.get(key);
    entries.uint(keyIndex === undefined ? indexOf(key) * 2 + 1 : keyIndex * 2);
    const range = p.range;
    const sameText = p.text !== undefined && range !== undefined && plainText.slice(range.start, range.end) === p.text;
    let header = METHODS.indexOf(p.method);
    if (p.table !== undefined) header |= HAS_TABLE;
    if (p.row !== undefined) header |= HAS_ROW;
    if (p.col !== undefined) header |= HAS_COL;
    if (range !== undefined) header |= HAS_RANGE;
    if (p.text !== undefined) header |= sameText ? TEXT_SAME : TEXT_OWN;
    if (p.page !== undefined) header |= HAS_PAGE;
    if (p.note !== undefined) header |= HAS_NOTE;
    entries.uint(header);
    if (p.table !== undefined) entries.int(p.table);
    if (p.row !== undefined) entries.int(p.row);
    if (p.col !== undefined) entries.int(p.col);
    if (range !== undefined) {
      entries.int(range.start - previousStart);
      entries.int(range.end - range.start);
      previousStart = range.start;
    }
    if (p.text !== undefined && !sameText) entries.uint(indexOf(p.text));
    if (p.page !== undefined) entries.int(p.page);
    if (p.note !== undefined) entries.uint(indexOf(p.note));
    count++;
  }
  const body = entries.finish();
  const out = new ByteWriter();
  out.uint(FORMAT);
  out.uint(strings.length);
  for (const text of strings) out.string(text);
  out.uint(count);
  out.append(body);
  return out.finish();
}

/**
 * The inverse of encodeProvenanceBytes. Bytes that do not decode (another format, cut off,
 * damaged) give the entries read before the damage: the report page shows fewer places, it
 * does not fail.
 */
export function decodeProvenanceBytes(bytes: Uint8Array, plainText: string): Record<string, Provenance> {
  const sources: Record<string, Provenance> = {};
  const reader = new ByteReader(bytes);
  try {
    if (reader.uint() !== FORMAT) return sources;
    const strings = Array.from({ length: Math.min(reader.uint(), bytes.length) }, () => reader.string());
    const stringAt = (index: number): string => {
      if (index >= strings.length) throw new RangeError('no such string');
      return strings[index]!;
    };
    const count = reader.uint();
    let previousStart = 0;
    for (let i = 0; i < count && !reader.done; i++) {
      const code = reader.uint();
      const key = code % 2 === 0 ? PROVENANCE_KEYS_V1[code / 2] : stringAt((code - 1) / 2);
      const header = reader.uint();
      const method = METHODS[header & 7];
      if (key === undefined || method === undefined) return sources;
      const p: Provenance = { method };
      if (header & HAS_TABLE) p.table = reader.int();
      if (header & HAS_ROW) p.row = reader.int();
      if (header & HAS_COL) p.col = reader.int();
      if (header & HAS_RANGE) {
        const start = previousStart + reader.int();
        p.range = { start, end: start + reader.int() };
        previousStart = start;
      }
      if ((header & TEXT_OWN) === TEXT_OWN) p.text = stringAt(reader.uint());
      else if (header & TEXT_SAME && p.range) p.text = plainText.slice(p.range.start, p.range.end);
      if (header & HAS_PAGE) p.page = reader.int();
      if (header & HAS_NOTE) p.note = stringAt(reader.uint());
      sources[key] = p;
    }
  } catch {
    // Damaged bytes: keep what was read (see above).
  }
  return sources;
}
