// Text out of UTF-8 XML without decoding the whole file: node 20 decodes UTF-8 with Chinese
// in it at about 5 µs per KiB, longer than the rest of reading a DOCX. Markup is ASCII, and no
// byte of a multi-byte character (nor of an invalid sequence) is an ASCII byte, so the reader
// finds the markup in a string of one character per byte and decodes only the text it keeps.
// A decoder restarts at every ASCII byte: pieces split before one decode as the whole would.
import { bufferView, type BufferView } from '../node-buffer.ts';

// ignoreBOM: a U+FEFF inside the text is kept; only the file's first is dropped (decodeWhole).
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });
const UTF8_DROPPING_BOM = new TextDecoder('utf-8');

/** UTF-8 bytes, with a string of one character per byte to search for markup in. */
export class Utf8Text {
  readonly bytes: Uint8Array;
  /** Character i is byte i (latin1). */
  readonly latin1: string;
  private readonly buffer: BufferView | undefined;

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
    this.buffer = bufferView(bytes.buffer, bytes.byteOffset, bytes.length);
    this.latin1 = this.buffer ? this.buffer.toString('latin1') : latin1Of(bytes);
  }

  /** Bytes [start, end) decoded, as TextDecoder decodes them (invalid sequences as U+FFFD). */
  slice(start: number, end: number): string {
    if (end <= start) return '';
    // ASCII (numbers, most values) is its own latin1 slice: no call into the decoder.
    let high = 0;
    for (let at = start; at < end && high < 0x80; at++) high |= this.bytes[at] ?? 0;
    if (high < 0x80) return this.latin1.slice(start, end);
    // Node's Buffer and TextDecoder share V8's decoder: the same U+FFFDs, and Buffer keeps U+FEFF.
    return this.buffer ? this.buffer.toString('utf8', start, end) : UTF8.decode(this.bytes.subarray(start, end));
  }

  /** Where byte `at` falls in the text TextDecoder makes of the whole file (a leading BOM dropped). */
  unitIndex(at: number): number {
    return UTF8_DROPPING_BOM.decode(this.bytes.subarray(0, at)).length;
  }

  /** The whole file as TextDecoder decodes it. */
  decodeWhole(): string {
    return UTF8_DROPPING_BOM.decode(this.bytes);
  }
}

function latin1Of(bytes: Uint8Array): string {
  let out = '';
  for (let at = 0; at < bytes.length; at += 4096) out += String.fromCharCode(...bytes.subarray(at, at + 4096));
  return out;
}

// Only XML's five named entities and numeric references, each with its `;` (htmlparser2's
// strict mode); anything else stays as written.
export const ENTITY = /&(?:#(\d+)|#[xX]([\da-fA-F]+)|(amp|apos|gt|lt|quot));/g;
const NAMED: Readonly<Record<string, string>> = { amp: '&', apos: "'", gt: '>', lt: '<', quot: '"' };

function fromReference(decimal: string | undefined, hex: string | undefined, name: string | undefined): string {
  if (name !== undefined) return NAMED[name] ?? '';
  const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex ?? '', 16);
  // NUL, surrogates and beyond Unicode become U+FFFD, as in entities' replaceCodePointXML.
  const bad = code === 0 || (code >= 0xd800 && code <= 0xdfff) || !(code <= 0x10ffff);
  return String.fromCodePoint(bad ? 0xfffd : code);
}

/** Text or an attribute value with its entity and character references resolved. */
export function decodeXmlEntities(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(ENTITY, (_, decimal?: string, hex?: string, name?: string) => fromReference(decimal, hex, name));
}
