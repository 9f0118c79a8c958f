// Node's Buffer, where there is one (there is none in a browser), for the few byte/string
// conversions it does natively that TextDecoder in node 20 does through ICU or byte by byte:
// latin1 and UTF-16 views of bytes, memchr-backed indexOf. Callers keep a plain-JS fallback.
export type BufferView = {
  indexOf(value: number): number;
  toString(encoding: 'latin1' | 'utf8' | 'utf16le', start?: number, end?: number): string;
};

type BufferConstructorLike = { from(buffer: ArrayBufferLike, byteOffset: number, length: number): BufferView };

const NODE_BUFFER = (globalThis as { Buffer?: BufferConstructorLike }).Buffer;

/** A Buffer over the same memory as `bytes[byteOffset, byteOffset + length)` (no copy), or undefined outside Node. */
export function bufferView(buffer: ArrayBufferLike, byteOffset: number, length: number): BufferView | undefined {
  return NODE_BUFFER?.from(buffer, byteOffset, length);
}
