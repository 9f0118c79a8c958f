// One entry of a zip archive, inflated by Node's native zlib where there is one: fflate's
// inflate in JavaScript was ~13 % of reading a DOCX. fflate still walks the archive's directory
// (so its checks and error messages stay the ones users see), and any file this fast path does
// not fully understand — zip64, a duplicated name, sizes that disagree with fflate's walk, a
// stream zlib refuses or that inflates beyond its declared size — is left to fflate's
// unzipSync as before, which gives the same result it always gave.
import { unzipSync } from 'fflate';

type InflateRaw = (data: Uint8Array, options: { maxOutputLength: number }) => Uint8Array;

/** Node's zlib.inflateRawSync, or undefined outside Node (lib/report also runs in browsers). */
const inflateRaw: InflateRaw | undefined = (() => {
  const node = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const zlib = node?.getBuiltinModule?.('node:zlib') as { inflateRawSync?: InflateRaw } | undefined;
  return zlib?.inflateRawSync;
})();

type Listed = { name: string; size: number; originalSize: number; compression: number };

const u16 = (d: Uint8Array, at: number) => (d[at] ?? 0) | ((d[at + 1] ?? 0) << 8);
const u32 = (d: Uint8Array, at: number) => (u16(d, at) + u16(d, at + 2) * 65536) >>> 0;

/**
 * The entry called `name`, natively inflated, or undefined when fflate should read the file:
 * `accept` sees each entry as fflate's filter does (and may throw, as there).
 */
export function extractEntryNatively(bytes: Uint8Array, name: string, accept: (entry: Listed) => boolean): Uint8Array | undefined {
  if (!inflateRaw) return undefined;
  const listed: Listed[] = [];
  unzipSync(bytes, { filter: (entry) => (listed.push(entry), false) }); // the walk only: nothing inflated
  const matches = listed.flatMap((entry, i) => (entry.name === name ? [i] : []));
  if (matches.length !== 1) return undefined;
  const target = listed[matches[0]!]!;
  if (!accept(target) || target.compression !== 8 || target.originalSize === 0) return undefined;
  // The same walk as fflate's for a plain (not zip64) archive, to find the entry's data.
  let end = bytes.length - 22;
  while (end > 0 && u32(bytes, end) !== 0x06054b50) end--;
  if (u32(bytes, end - 20) === 0x07064b50 || u16(bytes, end + 8) !== listed.length) return undefined;
  let at = u32(bytes, end + 16);
  for (let i = 0; i < matches[0]!; i++) at += 46 + u16(bytes, at + 28) + u16(bytes, at + 30) + u16(bytes, at + 32);
  const size = u32(bytes, at + 20);
  if (size !== target.size || u32(bytes, at + 24) !== target.originalSize || u16(bytes, at + 10) !== 8 || size === 0xffffffff) return undefined;
  const local = u32(bytes, at + 42);
  const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
  try {
    // fflate writes into a buffer of the declared size: a longer stream is its business.
    const inflated = inflateRaw(bytes.subarray(start, start + size), { maxOutputLength: target.originalSize });
    // A plain Uint8Array over Node's Buffer, whose slice() would not copy.
    return new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.byteLength);
  } catch {
    return undefined;
  }
}
