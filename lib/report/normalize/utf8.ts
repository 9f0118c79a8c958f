// Strict UTF-8 decoding, as `new TextDecoder('utf-8', { fatal: true })` does it, in a JavaScript
// loop: node 20's TextDecoder took about 5 µs per KiB of Chinese text (a tenth of reading a text
// report); validating and writing UTF-16 units here, then copying them into a string
// (unitsToString), takes well under half of that. Files beyond MAX_BYTES go to TextDecoder, so
// that one huge file does not pin a huge buffer.
import { unitsToString } from './chinese.ts';

const MAX_BYTES = 1 << 18;
const strict = new TextDecoder('utf-8', { fatal: true });
let scratch = new Uint16Array(4096);

/** The text when the bytes are valid UTF-8 (a leading BOM dropped, as TextDecoder does), else undefined. */
export function decodeStrictUtf8(bytes: Uint8Array): string | undefined {
  if (bytes.length > MAX_BYTES) return decodeWithTextDecoder(bytes);
  if (scratch.length < bytes.length) scratch = new Uint16Array(Math.min(MAX_BYTES, Math.max(bytes.length, scratch.length * 2)));
  const length = utf8ToUnits(bytes, scratch);
  // Valid UTF-8 gives well-formed UTF-16; a leading U+FEFF is dropped there, as TextDecoder
  // drops a leading EF BB BF.
  return length < 0 ? undefined : unitsToString(scratch, length, true);
}

function decodeWithTextDecoder(bytes: Uint8Array): string | undefined {
  try {
    return strict.decode(bytes);
  } catch {
    return undefined;
  }
}

const isContinuation = (b: number): boolean => (b & 0xc0) === 0x80;

/**
 * Writes the UTF-16 units of `bytes` into `out` (at least bytes.length long) and returns their
 * count, or -1 at the first byte sequence the WHATWG UTF-8 decoder rejects: a stray
 * continuation byte, C0/C1/F5–FF, an overlong form, a surrogate, a code point past U+10FFFF, or
 * a sequence cut short.
 */
function utf8ToUnits(bytes: Uint8Array, out: Uint16Array): number {
  const length = bytes.length;
  let n = 0;
  let i = 0;
  while (i < length) {
    const b0 = bytes[i] ?? 0;
    if (b0 < 0x80) {
      out[n++] = b0;
      i++;
      continue;
    }
    const b1 = i + 1 < length ? (bytes[i + 1] ?? 0) : -1;
    if (b0 >= 0xc2 && b0 <= 0xdf) {
      if (!isContinuation(b1)) return -1;
      out[n++] = ((b0 & 0x1f) << 6) | (b1 & 0x3f);
      i += 2;
      continue;
    }
    const b2 = i + 2 < length ? (bytes[i + 2] ?? 0) : -1;
    if (b0 >= 0xe0 && b0 <= 0xef) {
      // E0 needs A0–BF next (no overlong), ED 80–9F (no surrogates).
      const low = b0 === 0xe0 ? 0xa0 : 0x80;
      const high = b0 === 0xed ? 0x9f : 0xbf;
      if (b1 < low || b1 > high || !isContinuation(b2)) return -1;
      out[n++] = ((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
      i += 3;
      continue;
    }
    const b3 = i + 3 < length ? (bytes[i + 3] ?? 0) : -1;
    if (b0 >= 0xf0 && b0 <= 0xf4) {
      // F0 needs 90–BF next (no overlong), F4 80–8F (nothing past U+10FFFF).
      const low = b0 === 0xf0 ? 0x90 : 0x80;
      const high = b0 === 0xf4 ? 0x8f : 0xbf;
      if (b1 < low || b1 > high || !isContinuation(b2) || !isContinuation(b3)) return -1;
      const point = ((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f);
      out[n++] = 0xd800 + ((point - 0x10000) >> 10);
      out[n++] = 0xdc00 + ((point - 0x10000) & 0x3ff);
      i += 4;
      continue;
    }
    return -1;
  }
  return n;
}
