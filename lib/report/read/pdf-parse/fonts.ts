// What text extraction needs of a font: how bytes split into character codes, each code's text
// (ToUnicode) and advance width, and whether it is written vertically. The font program itself
// is never parsed: that is where pdf.js spends most of its time, for rendering.
// Supported: Type0 fonts with Identity-H/V encoding and a ToUnicode CMap, glyph programs
// TrueType (FontFile2) or absent. Everything else (simple fonts, Type3, CFF programs whose own
// FontMatrix pdf.js would adopt, predefined CJK CMaps) is declined.
import { parseToUnicode, type ToUnicode } from './cmap.ts';
import { decodeStream } from './filters.ts';
import { PdfDict, PdfName, PdfStream, Unsupported, type PdfValue } from './values.ts';
import { loadSimpleFont } from './simple-font.ts';
import { loadType3Font } from './type3.ts';
import type { XRef } from './xref.ts';

const MAX_CMAP_BYTES = 2 * 1024 * 1024;

export type Font = {
  /** The name pdf.js compares to decide whether a font change ends a text item. */
  name: string;
  vertical: boolean;
  /** Identity-H/V: two bytes per character code; simple (Type3) fonts: one. */
  twoByte: boolean;
  /** FontMatrix[0]: glyph widths × this × font size = advance (0.001 but for Type3 fonts). */
  scale: number;
  toUnicode: ToUnicode;
  /** Codes missing from ToUnicode are declined (simple fonts: pdf.js would go by glyph names). */
  onlyMapped?: boolean;
  widths: { get(code: number): number | undefined };
  defaultWidth: number;
  vmetrics: number[][];
  defaultVMetrics: number[];
};

export function nameOf(value: PdfValue | undefined): string | undefined {
  return value instanceof PdfName ? value.name : undefined;
}

function isInt(value: PdfValue | undefined): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

/**
 * The W array of a CID font, read as pdf.js reads it (a later entry for a code wins). Looked up
 * lazily: WPS writes ranges like `[871 28574 1000]` that would fill tens of thousands of slots.
 */
export class CidWidths {
  private readonly ranges: [number, number, number][] = [];
  private readonly singles = new Map<number, number>();
  private readonly cache = new Map<number, number | undefined>();

  constructor(xref: XRef, list: PdfValue | undefined) {
    if (!Array.isArray(list)) return;
    for (let i = 0; i < list.length; i++) {
      let start = xref.resolve(list[i++]);
      if (!isInt(start)) break;
      const code = xref.resolve(list[i]);
      if (Array.isArray(code)) {
        for (const c of code) {
          const width = xref.resolve(c);
          if (typeof width === 'number') this.set(start, start, width);
          start++;
        }
      } else if (isInt(code)) {
        const width = xref.resolve(list[++i]);
        if (typeof width !== 'number') continue;
        if (code >= start) this.set(start, code, width);
      } else break;
    }
  }

  private set(from: number, to: number, width: number): void {
    if (this.ranges.length === 0 && from === to) this.singles.set(from, width);
    else this.ranges.push([from, to, width]);
  }

  get(code: number): number | undefined {
    if (this.cache.has(code)) return this.cache.get(code);
    let width: number | undefined;
    for (let k = this.ranges.length - 1; k >= 0; k--) {
      const [from, to, w] = this.ranges[k] as [number, number, number];
      if (code >= from && code <= to) {
        width = w;
        break;
      }
    }
    width ??= this.singles.get(code);
    if (this.cache.size < 70_000) this.cache.set(code, width);
    return width;
  }
}

function verticalMetrics(xref: XRef, cid: PdfDict, defaultWidth: number): { vmetrics: number[][]; defaultVMetrics: number[] } {
  const dw2 = xref.get(cid, 'DW2');
  const base = Array.isArray(dw2) && dw2.length === 2 && dw2.every((v) => typeof v === 'number') ? (dw2 as number[]) : [880, -1000];
  const defaultVMetrics = [base[1] as number, defaultWidth * 0.5, base[0] as number];
  if (xref.get(cid, 'W2') !== undefined) throw new Unsupported('W2 vertical metrics');
  return { vmetrics: [], defaultVMetrics };
}

/** pdf.js names a font by its descriptor's FontName, or the BaseFont when they disagree this way. */
export function fontName(base: string | undefined, descriptorName: string | undefined): string {
  if (descriptorName === undefined || descriptorName === base) {
    if (base === undefined && descriptorName === undefined) throw new Unsupported('font without a name');
    return (descriptorName ?? base) as string;
  }
  if (base !== undefined && base.startsWith(descriptorName)) return base;
  throw new Unsupported('FontName and BaseFont disagree');
}

const REQUIRED_TABLES = ['head', 'hhea', 'hmtx', 'maxp', 'loca', 'glyf'];

/** An sfnt with TrueType outlines whose table directory lies inside the data and has the tables pdf.js requires. */
export function looksLikeTrueType(data: Uint8Array): boolean {
  if (data.length < 12) return false;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const version = view.getUint32(0);
  if (version !== 0x00010000 && version !== 0x74727565) return false;
  const count = view.getUint16(4);
  if (count === 0 || count > 64 || 12 + count * 16 > data.length) return false;
  const tags = new Set<string>();
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(data[at] as number, data[at + 1] as number, data[at + 2] as number, data[at + 3] as number);
    const offset = view.getUint32(at + 8);
    const length = view.getUint32(at + 12);
    if (offset + length > data.length) return false;
    tags.add(tag);
  }
  return REQUIRED_TABLES.every((tag) => tags.has(tag));
}

/** The font's ToUnicode stream, required: without one pdf.js guesses from glyph names. */
export function readToUnicode(xref: XRef, dict: PdfDict): ToUnicode {
  const stream = xref.get(dict, 'ToUnicode');
  if (!(stream instanceof PdfStream)) throw new Unsupported('font without ToUnicode stream');
  const cmap = decodeStream(stream, (v) => xref.resolve(v));
  // Real ToUnicode maps are a few KB; a huge one is left to pdf.js and its time limit.
  if (cmap.length > MAX_CMAP_BYTES) throw new Unsupported('huge ToUnicode');
  const toUnicode = parseToUnicode(cmap);
  if (toUnicode.size === 0) throw new Unsupported('empty ToUnicode');
  return toUnicode;
}

export function loadFont(xref: XRef, dict: PdfDict): Font {
  const subtype = nameOf(xref.get(dict, 'Subtype'));
  if (subtype === 'Type3') return loadType3Font(xref, dict);
  if (subtype === 'TrueType') return loadSimpleFont(xref, dict);
  if (subtype !== 'Type0') throw new Unsupported(`font ${subtype ?? '?'}`);
  const encoding = nameOf(xref.get(dict, 'Encoding'));
  if (encoding !== 'Identity-H' && encoding !== 'Identity-V') throw new Unsupported(`CMap ${encoding ?? 'stream'}`);
  const descendants = xref.get(dict, 'DescendantFonts');
  const cid = Array.isArray(descendants) ? xref.resolve(descendants[0]) : undefined;
  if (!(cid instanceof PdfDict) || nameOf(xref.get(cid, 'Subtype')) !== 'CIDFontType2') throw new Unsupported('descendant font');
  // pdf.js takes the descendant's ToUnicode first.
  if (cid.raw('ToUnicode') !== undefined) throw new Unsupported('ToUnicode on the descendant font');
  const descriptor = xref.get(cid, 'FontDescriptor');
  if (!(descriptor instanceof PdfDict)) throw new Unsupported('font without descriptor');
  const file = trueTypeProgramOf(xref, descriptor);
  const vertical = encoding === 'Identity-V';
  // pdf.js swaps in vertical presentation forms (、→︑) for vertical text in a font whose program
  // it lacks or cannot parse: vertical fonts are read only with a sound-looking TrueType program.
  if (vertical && !(file instanceof PdfStream && looksLikeTrueType(decodeStream(file, (v) => xref.resolve(v))))) {
    throw new Unsupported('vertical font without a sound TrueType program');
  }
  const toUnicode = readToUnicode(xref, dict);
  const dw = xref.get(cid, 'DW');
  const defaultWidth = typeof dw === 'number' ? Math.ceil(dw) : 1000;
  const widths = new CidWidths(xref, xref.get(cid, 'W'));
  const metrics = vertical ? verticalMetrics(xref, cid, defaultWidth) : { vmetrics: [], defaultVMetrics: [] };
  const name = fontName(nameOf(xref.get(cid, 'BaseFont')), nameOf(xref.get(descriptor, 'FontName')));
  return { name, vertical, twoByte: true, scale: 0.001, toUnicode, widths, defaultWidth, ...metrics };
}

/** The font's TrueType program (FontFile2), if embedded; Type1 and CFF programs are declined. */
export function trueTypeProgramOf(xref: XRef, descriptor: PdfDict): PdfStream | undefined {
  if (descriptor.raw('FontFile') !== undefined || descriptor.raw('FontFile3') !== undefined) throw new Unsupported('font program not TrueType');
  const file = xref.get(descriptor, 'FontFile2');
  if (file !== undefined && !(file instanceof PdfStream)) throw new Unsupported('odd font file');
  return file;
}

/** A simple or Type3 font's advance widths by code: Widths from FirstChar on (required here). */
export function readWidths(xref: XRef, dict: PdfDict, kind: string): Map<number, number> {
  const list = xref.get(dict, 'Widths');
  if (!Array.isArray(list)) throw new Unsupported(`${kind} without Widths`);
  const first = xref.get(dict, 'FirstChar');
  const widths = new Map<number, number>();
  let code = typeof first === 'number' && Number.isInteger(first) ? first : 0;
  for (const w of list) {
    const width = xref.resolve(w);
    if (typeof width === 'number') widths.set(code, width);
    code++;
  }
  return widths;
}
