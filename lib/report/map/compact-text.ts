// A searchable form of raw text: whitespace and punctuation dropped, full-width and traditional
// characters folded, with a map from every compact position back to the raw offset, so that a
// label found in the compact text can be located (and its value cut) in the original.
import { foldUnit, unitsToString } from '../normalize/chinese.ts';

export type CompactText = { text: string; toRaw: number[] };

const DROP_CHARS = '"\'“”‘’「」『』《》<>〈〉,，、。.．:：;；()（）[]【】/·•_-—–~～!！?？*#|\u0000';

// Per-unit lookup instead of a regex test per character: this runs over whole documents.
const DROP: Uint8Array = buildDrop();

function buildDrop(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const ch of DROP_CHARS) table[ch.charCodeAt(0)] = 1;
  // Everything JavaScript's \s matches.
  for (const code of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) table[code] = 1;
  for (let code = 0x2000; code <= 0x200a; code++) table[code] = 1;
  return table;
}

export function compactText(raw: string, offset = 0): CompactText {
  const units = new Uint16Array(raw.length);
  const toRaw: number[] = [];
  let length = 0;
  for (let i = 0; i < raw.length; i++) {
    const unit = foldUnit(raw.charCodeAt(i));
    if (DROP[unit] === 1) continue;
    units[length++] = unit;
    toRaw.push(offset + i);
  }
  return { text: unitsToString(units, length), toRaw };
}

/** Every raw range where `phrase` (already in normalised form) occurs. */
export function findAll(compact: CompactText, phrase: string): { start: number; end: number; compactStart: number }[] {
  const hits: { start: number; end: number; compactStart: number }[] = [];
  if (!phrase) return hits;
  for (let from = compact.text.indexOf(phrase); from !== -1; from = compact.text.indexOf(phrase, from + 1)) {
    const start = compact.toRaw[from] ?? 0;
    const end = (compact.toRaw[from + phrase.length - 1] ?? start) + 1;
    hits.push({ start, end, compactStart: from });
  }
  return hits;
}
