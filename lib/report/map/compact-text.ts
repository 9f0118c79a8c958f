// A searchable form of raw text: whitespace and punctuation dropped, full-width and traditional
// characters folded, with a map from every compact position back to the raw offset, so that a
// label found in the compact text can be located (and its value cut) in the original.
import { compactingTable, unitsToString } from '../normalize/chinese.ts';

export type CompactText = { text: string; toRaw: Int32Array };

const COMPACTING = compactingTable();

// The units are copied into the string at the end, so one buffer serves every call (a fresh,
// zero-filled array per document was a quarter of the time here). Texts beyond a report's
// usual size get their own array, so that one huge file does not pin a huge buffer.
const SCRATCH_MAX = 1 << 18;
let scratch = new Uint16Array(4096);

function unitsBuffer(length: number): Uint16Array {
  if (length > SCRATCH_MAX) return new Uint16Array(length);
  if (scratch.length < length) scratch = new Uint16Array(Math.min(SCRATCH_MAX, Math.max(length, scratch.length * 2)));
  return scratch;
}

export function compactText(raw: string, offset = 0): CompactText {
  const units = unitsBuffer(raw.length);
  const toRaw = new Int32Array(raw.length);
  let length = 0;
  let surrogates = false;
  for (let i = 0; i < raw.length; i++) {
    const unit = COMPACTING[raw.charCodeAt(i)] ?? 0;
    if (unit === 0) continue; // whitespace or punctuation
    if (unit >= 0xd800 && unit <= 0xdfff) surrogates = true;
    units[length] = unit;
    toRaw[length++] = offset + i;
  }
  return { text: unitsToString(units, length, !surrogates), toRaw: toRaw.subarray(0, length) };
}

type HasPlainText = { readonly plainText: string };

// The whole document compacted once: language check, format detection, headings and glued rows
// each search it (or a part of it), and compacting is a pass over every character.
const byDocument = new WeakMap<HasPlainText, { raw: string; compact: CompactText }>();

/**
 * The compact form of `doc.plainText[start, end)`, equal to compactText(plain.slice(start, end), start)
 * for every search: compacting is per character, so a range of the compacted document is the
 * compacted range. (Only a surrogate pair cut by the range ends differs, and no phrase contains one.)
 */
export function compactOf(doc: HasPlainText, start = 0, end = doc.plainText.length): CompactText {
  let cached = byDocument.get(doc);
  if (cached?.raw !== doc.plainText) {
    cached = { raw: doc.plainText, compact: compactText(doc.plainText) };
    byDocument.set(doc, cached);
  }
  const { text, toRaw } = cached.compact;
  if (start <= 0 && end >= doc.plainText.length) return cached.compact;
  const from = firstAtOrAfter(toRaw, start);
  const to = firstAtOrAfter(toRaw, end);
  return { text: text.slice(from, to), toRaw: toRaw.subarray(from, to) };
}

/**
 * Drops the document's compact form once it has been mapped. A WeakMap entry would go only with
 * a full collection: young-generation collections keep its value (the compact text and its
 * offsets) alive and promote it, which made them several times slower while reading many files.
 */
export function releaseCompact(doc: HasPlainText): void {
  byDocument.delete(doc);
}

/** Index of the first compact position whose raw offset is ≥ `offset` (toRaw is increasing). */
function firstAtOrAfter(toRaw: Int32Array, offset: number): number {
  let low = 0;
  let high = toRaw.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((toRaw[mid] ?? 0) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

type Hit = { start: number; end: number; compactStart: number };

/** Every raw range where `phrase` (already in normalised form) occurs. */
export function findAll(compact: CompactText, phrase: string): Hit[] {
  const hits: Hit[] = [];
  if (!phrase) return hits;
  for (let from = compact.text.indexOf(phrase); from !== -1; from = compact.text.indexOf(phrase, from + 1)) {
    const start = compact.toRaw[from] ?? 0;
    const end = (compact.toRaw[from + phrase.length - 1] ?? start) + 1;
    hits.push({ start, end, compactStart: from });
  }
  return hits;
}
