// A growable byte buffer for the long extract. Encoding one big concatenated string per
// batch (TextEncoder or Buffer.from) turned out to cap the exporter near 35 MB/s: the
// strings are mostly repeated Chinese text. Copying pre-encoded segments (a report's
// prefix, a key's "key,label") is a memcpy, and only the short ASCII numbers are encoded.

export class ByteWriter {
  private buffer: Uint8Array;
  private length = 0;

  constructor(initialBytes = 256 * 1024) {
    this.buffer = new Uint8Array(initialBytes);
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + extra) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buffer.subarray(0, this.length));
    this.buffer = next;
  }

  writeBytes(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** For text known to be ASCII (numbers, separators): one byte per character. */
  writeAscii(text: string): void {
    this.reserve(text.length);
    for (let i = 0; i < text.length; i++) this.buffer[this.length++] = text.charCodeAt(i);
  }

  /** The bytes written; the writer must not be used afterwards (the chunk is handed on). */
  finish(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}

const encoder = new TextEncoder();

export function encodeUtf8(text: string): Uint8Array {
  return encoder.encode(text);
}
