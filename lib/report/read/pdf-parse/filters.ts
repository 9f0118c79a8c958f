// Stream filters. Office suites and browsers write FlateDecode (with a PNG predictor for
// cross-reference streams) and nothing else in the parts read here; any other filter, or a
// zlib stream that does not inflate cleanly (pdf.js salvages what it can), is declined.
import { Inflate, inflateSync } from 'fflate';
import { PdfDict, PdfName, PdfStream, Unsupported, type PdfValue } from './values.ts';

/** Inflated bytes are capped per stream: a bomb is declined and left to pdf.js's own limits. */
const MAX_DECODED = 16 * 1024 * 1024;

export type Resolve = (value: PdfValue | undefined) => PdfValue | undefined;

/** A filter (or its parameters) given alone or as a one-element array; chains are declined. */
function single(value: PdfValue | undefined, resolve: Resolve): PdfValue | undefined {
  const resolved = resolve(value);
  if (Array.isArray(resolved)) {
    if (resolved.length > 1) throw new Unsupported('filter chain');
    return resolve(resolved[0]);
  }
  return resolved;
}

export function decodeStream(stream: PdfStream, resolve: Resolve): Uint8Array {
  const filter = single(stream.dict.raw('Filter'), resolve);
  if (filter === undefined || filter === null) return stream.bytes;
  if (!(filter instanceof PdfName) || (filter.name !== 'FlateDecode' && filter.name !== 'Fl')) throw new Unsupported(`filter ${String(filter)}`);
  const inflated = inflate(stream.bytes);
  const parms = single(stream.dict.raw('DecodeParms'), resolve);
  if (parms instanceof PdfDict) return unpredict(inflated, parms, resolve);
  if (parms !== undefined && parms !== null) throw new Unsupported('odd DecodeParms');
  return inflated;
}

// fflate grows its output buffer to at least 128 KB more than written at every deflate block:
// for the many small streams of a PDF (content, ToUnicode) that allocation was a quarter of the
// reading time. Small streams are inflated into one reused buffer and what was written copied
// out. fflate stops writing at the end of a given buffer but decodes on, so only input small
// enough to bound that work (at most ~1032:1) goes this way; the rest is inflated in chunks,
// counting the output as it comes (a deflate bomb is declined after MAX_DECODED bytes).
const SCRATCH = new Uint8Array(1 << 20);
const SMALL_INPUT = 64 * 1024;

/** zlib data as fflate's unzlibSync reads it (header checked, Adler-32 not). */
function inflate(data: Uint8Array): Uint8Array {
  const [b0 = 0, b1 = 0] = data;
  if ((b0 & 15) !== 8 || b0 >> 4 > 7 || ((b0 << 8) | b1) % 31 !== 0 || b1 & 32) throw new Unsupported('not zlib data');
  const raw = data.subarray(2, -4);
  try {
    if (raw.length <= SMALL_INPUT) {
      const out = inflateSync(raw, { out: SCRATCH });
      // A full buffer may have been cut short: inflated again below, in chunks.
      if (out.length < SCRATCH.length) return out.slice();
    }
    return inflateInChunks(raw);
  } catch (error) {
    if (error instanceof Unsupported) throw error;
    throw new Unsupported('damaged zlib stream');
  }
}

function inflateInChunks(raw: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [];
  let total = 0;
  const stream = new Inflate((part) => {
    total += part.length;
    if (total > MAX_DECODED) throw new Unsupported('large stream');
    parts.push(part);
  });
  // 8 KB of input inflates to at most ~8 MB: the count is checked before much more is done.
  for (let at = 0; at < raw.length; at += 8192) {
    const end = Math.min(raw.length, at + 8192);
    stream.push(raw.subarray(at, end), end === raw.length);
  }
  if (raw.length === 0) stream.push(raw, true);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function intOf(value: PdfValue | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value)) throw new Unsupported('odd predictor parameter');
  return value;
}

/** PNG predictors (10–15), the only ones cross-reference streams use; TIFF (2) is declined. */
function unpredict(data: Uint8Array, parms: PdfDict, resolve: Resolve): Uint8Array {
  const predictor = intOf(resolve(parms.raw('Predictor')), 1);
  if (predictor === 1) return data;
  if (predictor < 10) throw new Unsupported('TIFF predictor');
  const colors = intOf(resolve(parms.raw('Colors')), 1);
  const bits = intOf(resolve(parms.raw('BitsPerComponent')), 8);
  const columns = intOf(resolve(parms.raw('Columns')), 1);
  if (colors !== 1 || bits !== 8 || columns < 1) throw new Unsupported('odd PNG predictor');
  const rowLength = columns;
  if (data.length % (rowLength + 1) !== 0) throw new Unsupported('ragged predictor rows');
  const rows = data.length / (rowLength + 1);
  const out = new Uint8Array(rows * rowLength);
  for (let r = 0; r < rows; r++) {
    const type = data[r * (rowLength + 1)] as number;
    const src = r * (rowLength + 1) + 1;
    const dst = r * rowLength;
    for (let i = 0; i < rowLength; i++) {
      const raw = data[src + i] as number;
      const left = i > 0 ? (out[dst + i - 1] as number) : 0;
      const up = r > 0 ? (out[dst - rowLength + i] as number) : 0;
      const upLeft = r > 0 && i > 0 ? (out[dst - rowLength + i - 1] as number) : 0;
      let value: number;
      if (type === 0) value = raw;
      else if (type === 1) value = raw + left;
      else if (type === 2) value = raw + up;
      else if (type === 3) value = raw + ((left + up) >> 1);
      else if (type === 4) {
        const p = left + up - upLeft;
        const pa = Math.abs(p - left);
        const pb = Math.abs(p - up);
        const pc = Math.abs(p - upLeft);
        value = raw + (pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft);
      } else throw new Unsupported('odd PNG row filter');
      out[dst + i] = value & 0xff;
    }
  }
  return out;
}
