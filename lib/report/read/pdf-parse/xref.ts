// The document's object table: cross-reference tables and streams (following /Prev), objects
// inside object streams, and a cache of parsed objects. A broken table (wrong offsets, a missing
// startxref) is declined rather than rebuilt by scanning: pdf.js's reconstruction has its own
// rules, and a damaged file is rare enough that reading it slowly costs nothing.
import { decodeStream } from './filters.ts';
import { LEX_EOF, Lexer } from './lexer.ts';
import { isCmd, PdfDict, PdfRef, PdfStream, Unsupported, type PdfValue } from './values.ts';

type Entry = { offset: number; gen: number } | { stream: number; index: number; gen: 0 };

const MAX_OBJECTS = 2_000_000;

export class XRef {
  private readonly entries = new Map<number, Entry>();
  private readonly cache = new Map<number, PdfValue>();
  private readonly objectStreams = new Map<number, { lexer: Lexer; offsets: number[] }>();
  private readonly fetching = new Set<number>();
  trailer = new PdfDict();

  constructor(readonly bytes: Uint8Array) {
    const seen = new Set<number>();
    let offset: number | undefined = this.startXref();
    let first = true;
    while (offset !== undefined) {
      if (seen.has(offset) || seen.size > 100) throw new Unsupported('xref loop');
      seen.add(offset);
      const trailer = this.readSection(offset);
      if (first) this.trailer = trailer;
      first = false;
      // A hybrid file's table points at a stream with the objects newer readers use.
      const stm = trailer.raw('XRefStm');
      if (typeof stm === 'number') this.readSection(stm);
      const prev = trailer.raw('Prev');
      offset = typeof prev === 'number' ? prev : undefined;
    }
    if (this.trailer.raw('Encrypt') !== undefined) throw new Unsupported('encrypted');
  }

  private startXref(): number {
    const tail = Math.max(0, this.bytes.length - 1024);
    let text = '';
    for (let i = tail; i < this.bytes.length; i++) text += String.fromCharCode(this.bytes[i] as number);
    const match = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
    if (!match) throw new Unsupported('no startxref at the end');
    return Number(match[1]);
  }

  private readSection(offset: number): PdfDict {
    if (offset <= 0 || offset >= this.bytes.length) throw new Unsupported('xref offset outside the file');
    const lexer = new Lexer(this.bytes, offset);
    const head = lexer.next();
    if (isCmd(head, 'xref')) return this.readTable(lexer);
    if (typeof head === 'number') {
      lexer.pos = offset;
      const stream = this.readIndirect(lexer);
      if (stream instanceof PdfStream) return this.readStreamSection(stream);
    }
    throw new Unsupported('no xref at startxref');
  }

  private readTable(lexer: Lexer): PdfDict {
    for (;;) {
      const start = lexer.next();
      if (isCmd(start, 'trailer')) break;
      const count = lexer.next();
      if (typeof start !== 'number' || typeof count !== 'number' || count < 0 || count > MAX_OBJECTS) throw new Unsupported('odd xref subsection');
      for (let i = 0; i < count; i++) {
        const offset = lexer.next();
        const gen = lexer.next();
        const kind = lexer.next();
        if (typeof offset !== 'number' || typeof gen !== 'number') throw new Unsupported('odd xref entry');
        if (isCmd(kind, 'n')) this.add(start + i, { offset, gen });
        else if (!isCmd(kind, 'f')) throw new Unsupported('odd xref entry');
      }
    }
    const trailer = lexer.next();
    if (!(trailer instanceof PdfDict)) throw new Unsupported('no trailer');
    return trailer;
  }

  private readStreamSection(stream: PdfStream): PdfDict {
    const dict = stream.dict;
    const widths = dict.raw('W');
    const size = dict.raw('Size');
    if (!Array.isArray(widths) || widths.length !== 3 || !widths.every((w) => typeof w === 'number' && w >= 0 && w <= 8) || typeof size !== 'number') {
      throw new Unsupported('odd xref stream');
    }
    const [w0, w1, w2] = widths as [number, number, number];
    const index = dict.raw('Index') ?? [0, size];
    if (!Array.isArray(index) || index.length % 2 !== 0 || !index.every((n) => typeof n === 'number')) throw new Unsupported('odd xref index');
    const data = decodeStream(stream, (v) => this.resolve(v));
    const rowLength = w0 + w1 + w2;
    let pos = 0;
    const field = (width: number, fallback: number): number => {
      if (width === 0) return fallback;
      let value = 0;
      for (let k = 0; k < width; k++) value = value * 256 + (data[pos++] as number);
      return value;
    };
    for (let k = 0; k < index.length; k += 2) {
      const start = index[k] as number;
      const count = index[k + 1] as number;
      if (count < 0 || count > MAX_OBJECTS) throw new Unsupported('odd xref index');
      for (let i = 0; i < count; i++) {
        if (pos + rowLength > data.length) throw new Unsupported('short xref stream');
        const type = field(w0, 1);
        const a = field(w1, 0);
        const b = field(w2, 0);
        if (type === 1) this.add(start + i, { offset: a, gen: b });
        else if (type === 2) this.add(start + i, { stream: a, index: b, gen: 0 });
        else if (type !== 0) throw new Unsupported('odd xref entry type');
      }
    }
    return dict;
  }

  /** The newest section is read first: older entries for the same number do not replace it. */
  private add(num: number, entry: Entry): void {
    if (!this.entries.has(num)) this.entries.set(num, entry);
  }

  /** `N G obj … endobj` at the lexer's position (a stream's data is sliced, not decoded). */
  private readIndirect(lexer: Lexer, expected?: { num: number; gen: number }): PdfValue {
    const num = lexer.next();
    const gen = lexer.next();
    if (typeof num !== 'number' || typeof gen !== 'number' || !isCmd(lexer.next(), 'obj')) throw new Unsupported('no object at offset');
    if (expected !== undefined && (num !== expected.num || gen !== expected.gen)) throw new Unsupported('object number mismatch');
    const value = lexer.next();
    if (value === LEX_EOF) throw new Unsupported('truncated object');
    const after = lexer.next();
    if (isCmd(after, 'stream') && value instanceof PdfDict) return this.readStreamData(lexer, value);
    if (!isCmd(after, 'endobj')) throw new Unsupported('object without endobj');
    return value;
  }

  private readStreamData(lexer: Lexer, dict: PdfDict): PdfStream {
    const bytes = this.bytes;
    let start = lexer.pos;
    if (bytes[start] === 0x0d) start++;
    if (bytes[start] === 0x0a) start++;
    const length = this.resolve(dict.raw('Length'));
    if (typeof length !== 'number' || !Number.isInteger(length) || length < 0 || start + length > bytes.length) throw new Unsupported('odd stream length');
    const tail = new Lexer(bytes, start + length);
    if (!isCmd(tail.next(), 'endstream')) throw new Unsupported('stream length does not reach endstream');
    return new PdfStream(dict, bytes.subarray(start, start + length));
  }

  /** Object `num`; a reference whose generation is not the table's is declined (pdf.js fails on it). */
  fetch(num: number, gen?: number): PdfValue {
    const entry = this.entries.get(num);
    if (entry && gen !== undefined && gen !== entry.gen) throw new Unsupported('generation mismatch');
    const cached = this.cache.get(num);
    if (cached !== undefined) return cached;
    if (!entry) return null;
    if (this.fetching.has(num)) throw new Unsupported('reference cycle');
    this.fetching.add(num);
    try {
      const value = 'offset' in entry ? this.readIndirect(new Lexer(this.bytes, entry.offset), { num, gen: entry.gen }) : this.fromObjectStream(entry.stream, entry.index);
      this.cache.set(num, value);
      return value;
    } finally {
      this.fetching.delete(num);
    }
  }

  private fromObjectStream(num: number, index: number): PdfValue {
    let parsed = this.objectStreams.get(num);
    if (!parsed) {
      const stream = this.fetch(num, 0);
      if (!(stream instanceof PdfStream)) throw new Unsupported('object stream is not a stream');
      const n = this.resolve(stream.dict.raw('N'));
      const first = this.resolve(stream.dict.raw('First'));
      if (typeof n !== 'number' || typeof first !== 'number' || n < 0 || n > MAX_OBJECTS) throw new Unsupported('odd object stream');
      const data = decodeStream(stream, (v) => this.resolve(v));
      const header = new Lexer(data, 0, Math.min(first, data.length));
      const offsets: number[] = [];
      for (let i = 0; i < n; i++) {
        header.next();
        const offset = header.next();
        if (typeof offset !== 'number') throw new Unsupported('odd object stream header');
        offsets.push(first + offset);
      }
      parsed = { lexer: new Lexer(data), offsets };
      this.objectStreams.set(num, parsed);
    }
    const offset = parsed.offsets[index];
    if (offset === undefined) throw new Unsupported('object stream index out of range');
    parsed.lexer.pos = offset;
    const value = parsed.lexer.next();
    if (value === LEX_EOF || value instanceof PdfStream) throw new Unsupported('odd object in object stream');
    return value;
  }

  /** A reference's object; any other value as it is. */
  resolve(value: PdfValue | undefined): PdfValue | undefined {
    return value instanceof PdfRef ? this.fetch(value.num, value.gen) : value;
  }

  get(dict: PdfDict, key: string): PdfValue | undefined {
    return this.resolve(dict.raw(key));
  }
}
