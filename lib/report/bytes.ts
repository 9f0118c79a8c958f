// Small integers and strings written to and read from bytes: unsigned LEB128 varints (one byte
// below 128, which nearly every table, row and column index is), zigzag for numbers that may be
// negative, and UTF-8 strings prefixed by their byte length. Used for the stored provenance,
// where these few bytes replace a JSON text five times as long that PostgreSQL had to compress.
// Numbers go through arithmetic rather than 32-bit bit operations so that any safe integer fits.

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });
const KEEP_BYTES = 1 << 20; // a buffer grown past this is not kept for the next writer

let shared = new Uint8Array(8192);

export class ByteWriter {
  private bytes = shared;
  private length = 0;

  private room(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + extra));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
    if (grown.byteLength <= KEEP_BYTES) shared = grown;
  }

  /** A non-negative safe integer. */
  uint(value: number): void {
    this.room(8);
    while (value >= 0x80) {
      this.bytes[this.length++] = (value % 0x80) | 0x80;
      value = Math.floor(value / 0x80);
    }
    this.bytes[this.length++] = value;
  }

  /** Any safe integer: 0, -1, 1, -2… become 0, 1, 2, 3… */
  int(value: number): void {
    this.uint(value >= 0 ? value * 2 : -value * 2 - 1);
  }

  string(text: string): void {
    this.room(text.length * 3 + 8);
    // Written after a length guess, then the length fixed up: a varint of the true byte count.
    const { written } = encoder.encodeInto(text, this.bytes.subarray(this.length + 8));
    const at = this.length;
    this.uint(written);
    this.bytes.copyWithin(this.length, at + 8, at + 8 + written);
    this.length += written;
  }

  /** Appends what another writer wrote. */
  append(other: Uint8Array): void {
    this.room(other.length);
    this.bytes.set(other, this.length);
    this.length += other.length;
  }

  /** A copy of the bytes written (the writer's buffer is reused by the next writer). */
  finish(): Uint8Array<ArrayBuffer> {
    return this.bytes.slice(0, this.length);
  }
}

export class ByteReadError extends Error {}

export class ByteReader {
  private at = 0;
  constructor(private readonly bytes: Uint8Array) {}

  get done(): boolean {
    return this.at >= this.bytes.length;
  }

  uint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      if (this.at >= this.bytes.length) throw new ByteReadError('cut off');
      const byte = this.bytes[this.at++]!;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) break;
      scale *= 0x80;
      if (scale > Number.MAX_SAFE_INTEGER) throw new ByteReadError('number too long');
    }
    return value;
  }

  int(): number {
    const zigzag = this.uint();
    return zigzag % 2 === 0 ? zigzag / 2 : -(zigzag + 1) / 2;
  }

  string(): string {
    const length = this.uint();
    if (this.at + length > this.bytes.length) throw new ByteReadError('cut off');
    const text = decoder.decode(this.bytes.subarray(this.at, this.at + length));
    this.at += length;
    return text;
  }
}
