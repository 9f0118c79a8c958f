// Type3 fonts, which Chromium prints CJK text with (one small font per 256 glyphs, drawn by
// glyph procedures). Text extraction needs only their ToUnicode, Widths and FontMatrix; the
// glyph procedures matter to pdf.js in one case, which is declined: a d1 glyph box ten times
// the font's box makes pdf.js rescale item heights (its isCharBBox).
import { decodeStream } from './filters.ts';
import { nameOf, readToUnicode, readWidths, type Font } from './fonts.ts';
import { LEX_EOF, Lexer } from './lexer.ts';
import { PdfCmd, PdfDict, PdfStream, Unsupported, type PdfValue } from './values.ts';
import type { XRef } from './xref.ts';

function numbers(xref: XRef, value: PdfValue | undefined, length: number): number[] | undefined {
  const list = xref.resolve(value);
  if (!Array.isArray(list) || list.length !== length) return undefined;
  const out = list.map((v) => xref.resolve(v));
  return out.every((v): v is number => typeof v === 'number') ? out : undefined;
}

/** Declines the font when a glyph procedure would make pdf.js treat glyph boxes specially. */
function checkGlyphBoxes(xref: XRef, procs: PdfDict, fontBBoxSize: number): void {
  for (const raw of procs.map.values()) {
    const proc = xref.resolve(raw);
    if (!(proc instanceof PdfStream)) throw new Unsupported('odd Type3 glyph procedure');
    const lexer = new Lexer(decodeStream(proc, (v) => xref.resolve(v)), 0, undefined, false);
    const args: PdfValue[] = [];
    let token = lexer.next();
    while (token !== LEX_EOF && !(token instanceof PdfCmd) && args.length < 8) {
      args.push(token);
      token = lexer.next();
    }
    if (!(token instanceof PdfCmd) || (token.cmd !== 'd0' && token.cmd !== 'd1')) throw new Unsupported('Type3 glyph without d0/d1 first');
    if (token.cmd === 'd0') continue;
    if (args.length !== 6 || !args.every((a) => typeof a === 'number')) throw new Unsupported('odd d1');
    const [, , x1, y1, x2, y2] = args as number[];
    const width = Math.abs((x2 as number) - (x1 as number));
    const height = Math.abs((y2 as number) - (y1 as number));
    if (width === 0 || height === 0) continue;
    if (Math.round(Math.hypot(width, height) / fontBBoxSize) >= 10) throw new Unsupported('Type3 glyph boxes pdf.js rescales by');
  }
}

export function loadType3Font(xref: XRef, dict: PdfDict): Font {
  const descriptor = xref.get(dict, 'FontDescriptor');
  if (!(descriptor instanceof PdfDict)) throw new Unsupported('Type3 font without descriptor');
  const name = nameOf(xref.get(descriptor, 'FontName'));
  if (name === undefined) throw new Unsupported('Type3 font without FontName');
  const matrix = numbers(xref, dict.raw('FontMatrix'), 6);
  if (!matrix || matrix[0] === 0) throw new Unsupported('odd Type3 FontMatrix');
  const box = numbers(xref, descriptor.raw('FontBBox') ?? dict.raw('FontBBox'), 4);
  const fontBBoxSize = box ? Math.hypot((box[2] as number) - (box[0] as number), (box[3] as number) - (box[1] as number)) : 0;
  // pdf.js guesses a box from the glyphs when the font has none: declined.
  if (!(fontBBoxSize > 0)) throw new Unsupported('Type3 font without a box');
  const procs = xref.get(dict, 'CharProcs');
  if (!(procs instanceof PdfDict)) throw new Unsupported('Type3 font without glyph procedures');
  checkGlyphBoxes(xref, procs, fontBBoxSize);
  const widths = readWidths(xref, dict, 'Type3 font');
  const missing = xref.get(descriptor, 'MissingWidth');
  return {
    name,
    vertical: false,
    twoByte: false,
    scale: matrix[0] as number,
    toUnicode: readToUnicode(xref, dict),
    widths,
    defaultWidth: typeof missing === 'number' ? missing : 0,
    vmetrics: [],
    defaultVMetrics: [],
  };
}
