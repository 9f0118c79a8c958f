// PDF syntax read from bytes: numbers, names, strings, arrays, dictionaries, references and
// keywords (operators in content streams), for the file's objects and for content streams alike.
import { PdfCmd, PdfDict, PdfName, PdfRef, Unsupported, nameOf, type PdfValue } from './values.ts';

const cmds = new Map<string, PdfCmd>();
const shortCmds = new Map<number, PdfCmd>();
function cmdOf(cmd: string): PdfCmd {
  let found = cmds.get(cmd);
  if (!found) {
    found = new PdfCmd(cmd);
    if (cmds.size < 1_000) cmds.set(cmd, found);
  }
  return found;
}

// Byte classes: 1 whitespace, 2 delimiter, 0 regular.
const CLASS = new Uint8Array(256);
for (const c of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) CLASS[c] = 1;
for (const c of '()<>[]{}/%') CLASS[c.charCodeAt(0)] = 2;

export const LEX_EOF: unique symbol = Symbol('eof');

const END_ARRAY = cmdOf(']');
const END_DICT = cmdOf('>>');

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

export class Lexer {
  pos: number;

  constructor(
    readonly bytes: Uint8Array,
    start = 0,
    readonly end = bytes.length,
    /** `N G R` is a reference in the file's objects; content streams have none. */
    readonly refs = true,
  ) {
    this.pos = start;
  }

  skipSpace(): void {
    const { bytes, end } = this;
    while (this.pos < end) {
      const c = bytes[this.pos] as number;
      if (CLASS[c] === 1) this.pos++;
      else if (c === 0x25) {
        while (this.pos < end && bytes[this.pos] !== 0x0a && bytes[this.pos] !== 0x0d) this.pos++;
      } else break;
    }
  }

  /** The next object, with arrays and dicts complete; a keyword is a PdfCmd; LEX_EOF at the end. */
  next(): PdfValue | typeof LEX_EOF {
    this.skipSpace();
    const { bytes, end } = this;
    if (this.pos >= end) return LEX_EOF;
    const c = bytes[this.pos] as number;
    if (c === 0x2f) return this.readName();
    if (c === 0x28) return this.readString();
    if (c === 0x5b) {
      this.pos++;
      const items: PdfValue[] = [];
      for (;;) {
        const item = this.next();
        if (item === END_ARRAY) return items;
        if (item === LEX_EOF || item === END_DICT) throw new Unsupported('unterminated array');
        items.push(item);
      }
    }
    if (c === 0x3c) {
      if (bytes[this.pos + 1] === 0x3c) {
        this.pos += 2;
        return this.readDict();
      }
      return this.readHex();
    }
    if (c === 0x5d) {
      this.pos++;
      return END_ARRAY;
    }
    if (c === 0x3e) {
      if (bytes[this.pos + 1] !== 0x3e) throw new Unsupported('stray >');
      this.pos += 2;
      return END_DICT;
    }
    if (CLASS[c] === 2) throw new Unsupported(`stray ${String.fromCharCode(c)}`);
    if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) {
      const value = this.readNumber();
      return this.refs && Number.isInteger(value) && value >= 0 ? (this.refAfter(value) ?? value) : value;
    }
    const start = this.pos;
    while (this.pos < end && CLASS[bytes[this.pos] as number] === 0) this.pos++;
    // Operators are one to three bytes: found by their bytes, without building a string.
    const length = this.pos - start;
    if (length <= 3) {
      const key = (bytes[start] as number) | ((length > 1 ? (bytes[start + 1] as number) : 0) << 8) | ((length > 2 ? (bytes[start + 2] as number) : 0) << 16);
      const known = shortCmds.get(key);
      if (known) return known;
    }
    let token = '';
    for (let i = start; i < this.pos; i++) token += String.fromCharCode(bytes[i] as number);
    if (token === 'true') return true;
    if (token === 'false') return false;
    if (token === 'null') return null;
    const cmd = cmdOf(token);
    if (length <= 3 && shortCmds.size < 1_000) {
      const key = token.charCodeAt(0) | ((token.charCodeAt(1) || 0) << 8) | ((token.charCodeAt(2) || 0) << 16);
      shortCmds.set(key, cmd);
    }
    return cmd;
  }

  /**
   * A number the way pdf.js's lexer computes it (digits accumulated, then one division), so the
   * same text gives the same double. The malformed forms pdf.js tolerates ("--1", "1-2", "1.2.3")
   * are declined.
   */
  private readNumber(): number {
    const { bytes, end } = this;
    let sign = 1;
    let c = bytes[this.pos] as number;
    if (c === 0x2d || c === 0x2b) {
      if (c === 0x2d) sign = -1;
      c = bytes[++this.pos] ?? -1;
    }
    let divideBy = 0;
    if (c === 0x2e) {
      divideBy = 10;
      c = bytes[++this.pos] ?? -1;
    }
    if (c < 0x30 || c > 0x39) throw new Unsupported('odd number');
    let value = c - 0x30;
    while (++this.pos < end) {
      c = bytes[this.pos] as number;
      if (c >= 0x30 && c <= 0x39) {
        if (divideBy !== 0) divideBy *= 10;
        value = value * 10 + (c - 0x30);
      } else if (c === 0x2e && divideBy === 0) divideBy = 1;
      else break;
    }
    if (this.pos < end && CLASS[c] === 0) throw new Unsupported('odd number');
    if (divideBy !== 0) value /= divideBy;
    return sign * value;
  }

  /** After an integer: `G R` makes it a reference; otherwise the position is left as it was. */
  private refAfter(num: number): PdfRef | undefined {
    const { bytes, end } = this;
    const save = this.pos;
    let p = save;
    const skip = (): void => {
      while (p < end && CLASS[bytes[p] as number] === 1) p++;
    };
    skip();
    let gen = 0;
    const genStart = p;
    while (p < end && (bytes[p] as number) >= 0x30 && (bytes[p] as number) <= 0x39) gen = gen * 10 + (bytes[p++] as number) - 0x30;
    if (p === genStart || (p < end && CLASS[bytes[p] as number] === 0)) return undefined;
    skip();
    if (bytes[p] !== 0x52 || (p + 1 < end && CLASS[bytes[p + 1] as number] === 0)) return undefined;
    this.pos = p + 1;
    return new PdfRef(num, gen);
  }

  private readDict(): PdfDict {
    const dict = new PdfDict();
    for (;;) {
      const key = this.next();
      if (key === END_DICT) return dict;
      if (!(key instanceof PdfName)) throw new Unsupported('dict key is not a name');
      const value = this.next();
      if (value === LEX_EOF || value === END_DICT || value === END_ARRAY) throw new Unsupported('unterminated dict');
      dict.map.set(key.name, value);
    }
  }

  private readName(): PdfName {
    const { bytes, end } = this;
    this.pos++;
    let name = '';
    while (this.pos < end && CLASS[bytes[this.pos] as number] === 0) {
      const c = bytes[this.pos++] as number;
      if (c === 0x23) {
        const hi = hexValue(bytes[this.pos] ?? 0);
        const lo = hexValue(bytes[this.pos + 1] ?? 0);
        if (hi < 0 || lo < 0) throw new Unsupported('bad name escape');
        name += String.fromCharCode(hi * 16 + lo);
        this.pos += 2;
      } else name += String.fromCharCode(c);
    }
    return nameOf(name);
  }

  private readHex(): string {
    const { bytes, end } = this;
    this.pos++;
    let out = '';
    let high = -1;
    while (this.pos < end) {
      const c = bytes[this.pos++] as number;
      if (c === 0x3e) {
        if (high >= 0) out += String.fromCharCode(high * 16);
        return out;
      }
      if (CLASS[c] === 1) continue;
      const v = hexValue(c);
      if (v < 0) throw new Unsupported('bad hex string');
      if (high < 0) high = v;
      else {
        out += String.fromCharCode(high * 16 + v);
        high = -1;
      }
    }
    throw new Unsupported('unterminated hex string');
  }

  private readString(): string {
    const { bytes, end } = this;
    this.pos++;
    let depth = 1;
    const out: number[] = [];
    while (this.pos < end) {
      let c = bytes[this.pos++] as number;
      if (c === 0x28) depth++;
      else if (c === 0x29 && --depth === 0) return binaryString(out);
      else if (c === 0x5c) {
        c = bytes[this.pos++] ?? 0;
        const simple = { 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0c, 0x28: 0x28, 0x29: 0x29, 0x5c: 0x5c }[c];
        if (simple !== undefined) c = simple;
        else if (c >= 0x30 && c <= 0x37) {
          let v = c - 0x30;
          for (let k = 0; k < 2 && (bytes[this.pos] ?? 0) >= 0x30 && (bytes[this.pos] ?? 0) <= 0x37; k++) v = v * 8 + ((bytes[this.pos++] as number) - 0x30);
          c = v & 0xff;
        } else if (c === 0x0d || c === 0x0a) {
          if (c === 0x0d && bytes[this.pos] === 0x0a) this.pos++;
          continue;
        } else throw new Unsupported('odd string escape');
      }
      out.push(c);
      if (out.length > 65_536) throw new Unsupported('long string');
    }
    throw new Unsupported('unterminated string');
  }
}


/** Bytes as a binary string (one char per byte), in chunks: spreading a long array overflows the stack. */
export function binaryString(bytes: ArrayLike<number>): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...Array.prototype.slice.call(bytes, i, i + 8192));
  return out;
}
