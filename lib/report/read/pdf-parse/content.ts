// A page's content stream run once for both things the reader needs: text items (as pdf.js's
// getTextContent makes them) and ruling lines (as findRules reads them off pdf.js's operator
// list). Graphics state, text state and paths follow the PDF operators; colours, images and
// the like are skipped. An operator this reader does not know, or one with the wrong operands,
// declines the document: pdf.js's recovery from such streams is not worth imitating.
import { addPath, CLOSE, CURVE, LINE, MOVE, type Matrix as RuleMatrix, type Rules } from '../pdf-rules.ts';
import { decodeStream } from './filters.ts';
import { loadFont, type Font } from './fonts.ts';
import { LEX_EOF, Lexer } from './lexer.ts';
import { PdfCmd, PdfDict, PdfName, PdfStream, Unsupported, type PdfValue } from './values.ts';
import { TextItemBuilder } from './text-items.ts';
import { TextState, transform, type TextItem } from './text-state.ts';
import type { XRef } from './xref.ts';

// Operand counts (pdf.js's opMap); -1: any number (colour operands).
const ARGS: Record<string, number> = {
  w: 1, J: 1, j: 1, M: 1, d: 2, ri: 1, i: 1, gs: 1, q: 0, Q: 0, cm: 6,
  m: 2, l: 2, c: 6, v: 4, y: 4, h: 0, re: 4,
  S: 0, s: 0, f: 0, F: 0, 'f*': 0, B: 0, 'B*': 0, b: 0, 'b*': 0, n: 0, W: 0, 'W*': 0,
  BT: 0, ET: 0, Tc: 1, Tw: 1, Tz: 1, TL: 1, Tf: 2, Tr: 1, Ts: 1, Td: 2, TD: 2, Tm: 6, 'T*': 0,
  Tj: 1, TJ: 1, "'": 1, '"': 3,
  CS: 1, cs: 1, SC: -1, SCN: -1, sc: -1, scn: -1, G: 1, g: 1, RG: 3, rg: 3, K: 4, k: 4,
  sh: 1, Do: 1, MP: 1, DP: 2, BMC: 1, BDC: 2, EMC: 0, BX: 0, EX: 0,
};
const STROKES = new Set(['S', 's', 'B', 'B*', 'b', 'b*']);
const FILLS = new Set(['f', 'F', 'f*']);
const CLOSING = new Set(['s', 'b', 'b*']);
const MAX_FORM_DEPTH = 20;

type State = { text: TextState; path: number[] };

export type PageContent = { items: TextItem[]; rules: Rules };

export class ContentReader {
  items: TextItem[] = [];
  rules: Rules = { h: [], v: [] };

  constructor(
    private readonly xref: XRef,
    private readonly viewBox: number[],
    private readonly check: () => void,
    /** Loaded fonts by their dictionary (the xref hands out one object per font), for the whole document. */
    private readonly fonts: Map<PdfDict, Font>,
  ) {}

  readPage(content: Uint8Array, resources: PdfDict | undefined): PageContent {
    this.run(content, resources, new TextState(), new Set(), 0);
    return { items: this.items, rules: this.rules };
  }

  private dictIn(resources: PdfDict | undefined, category: string, name: PdfValue | undefined): PdfValue | undefined {
    if (!(name instanceof PdfName)) throw new Unsupported('resource name is not a name');
    const group = resources ? this.xref.get(resources, category) : undefined;
    if (!(group instanceof PdfDict)) throw new Unsupported(`no ${category} resources`);
    return group.raw(name.name);
  }

  private font(resources: PdfDict | undefined, name: PdfValue | undefined): Font {
    const dict = this.xref.resolve(this.dictIn(resources, 'Font', name));
    if (!(dict instanceof PdfDict)) throw new Unsupported('font not found');
    let font = this.fonts.get(dict);
    if (!font) {
      font = loadFont(this.xref, dict);
      this.fonts.set(dict, font);
    }
    return font;
  }

  private run(data: Uint8Array, resources: PdfDict | undefined, initial: TextState, forms: Set<PdfValue>, depth: number): void {
    const lexer = new Lexer(data, 0, data.length, false);
    const builder = new TextItemBuilder(this.items, this.viewBox, initial);
    const stack: State[] = [];
    let state: State = { text: initial, path: [] };
    const args: PdfValue[] = [];
    let ops = 0;
    let op = '';
    const num = (i: number): number => {
      const value = args[i];
      if (typeof value !== 'number') throw new Unsupported(`operand of ${op}`);
      return value;
    };
    for (;;) {
      const token = lexer.next();
      if (token === LEX_EOF) break;
      if (!(token instanceof PdfCmd)) {
        args.push(token);
        if (args.length > 64) throw new Unsupported('too many operands');
        continue;
      }
      op = token.cmd;
      const count = ARGS[op];
      if (count === undefined) throw new Unsupported(`operator ${op.slice(0, 10)}`);
      if (count >= 0 && args.length !== count) throw new Unsupported(`operands of ${op}`);
      if ((++ops & 0x3ff) === 0) this.check();
      const ts = state.text;
      switch (op) {
        case 'q':
          stack.push(state);
          state = { text: ts.clone(), path: [] };
          break;
        case 'Q': {
          const previous = stack.pop();
          if (previous) state = previous;
          else if (depth > 0) throw new Unsupported('Q without q in a form');
          break;
        }
        case 'cm':
          ts.ctm = transform(ts.ctm, [num(0), num(1), num(2), num(3), num(4), num(5)]);
          break;
        case 'm':
          state.path.push(MOVE, num(0), num(1));
          break;
        case 'l':
          state.path.push(LINE, num(0), num(1));
          break;
        case 'c':
        case 'v':
        case 'y':
          for (let i = 0; i < args.length; i++) num(i);
          state.path.push(CURVE, 0, 0, 0, 0, 0, 0);
          break;
        case 'h':
          state.path.push(CLOSE);
          break;
        case 're': {
          const [x, y, w, h] = [num(0), num(1), num(2), num(3)];
          if (w === 0 || h === 0) state.path.push(MOVE, x, y, LINE, x + w, y + h, CLOSE);
          else state.path.push(MOVE, x, y, LINE, x + w, y, LINE, x + w, y + h, LINE, x, y + h, CLOSE);
          break;
        }
        case 'S': case 's': case 'f': case 'F': case 'f*': case 'B': case 'B*': case 'b': case 'b*': case 'n':
          if (CLOSING.has(op)) state.path.push(CLOSE);
          if (state.path.length > 0 && (STROKES.has(op) || FILLS.has(op))) addPath(this.rules, new Float32Array(state.path), ts.ctm as RuleMatrix, STROKES.has(op));
          state.path = [];
          break;
        case 'BT':
          ts.textMatrix = [1, 0, 0, 1, 0, 0];
          ts.textLineMatrix = [1, 0, 0, 1, 0, 0];
          break;
        case 'Tc':
          ts.charSpacing = num(0);
          break;
        case 'Tw':
          ts.wordSpacing = num(0);
          break;
        case 'Tz':
          ts.textHScale = num(0) / 100;
          break;
        case 'TL':
          ts.leading = num(0);
          break;
        case 'Ts':
          ts.textRise = num(0);
          break;
        case 'Tf': {
          const size = num(1);
          const name = args[0];
          if (!(name instanceof PdfName)) throw new Unsupported('Tf without a font name');
          if (ts.font && name.name === ts.fontName && size === ts.fontSize) break;
          ts.fontName = name.name;
          ts.fontSize = size;
          ts.font = this.font(resources, name);
          // pdf.js scales item heights of small Type3 text by the font's box: declined.
          if (ts.font.scale !== 0.001 && size <= 1) throw new Unsupported('tiny Type3 text');
          break;
        }
        case 'Td':
          ts.translateTextLineMatrix(num(0), num(1));
          ts.textMatrix = ts.textLineMatrix.slice();
          break;
        case 'TD':
          ts.leading = -num(1);
          ts.translateTextLineMatrix(num(0), num(1));
          ts.textMatrix = ts.textLineMatrix.slice();
          break;
        case 'Tm': {
          const m = [num(0), num(1), num(2), num(3), num(4), num(5)];
          ts.textMatrix = m.slice();
          ts.textLineMatrix = m.slice();
          builder.updateAdvanceScale(ts);
          break;
        }
        case 'T*':
          ts.carriageReturn();
          break;
        case 'Tj':
          this.show(builder, ts, args[0]);
          break;
        case "'":
          if (!ts.font) throw new Unsupported('text without a font');
          ts.carriageReturn();
          this.show(builder, ts, args[0]);
          break;
        case '"':
          if (!ts.font) throw new Unsupported('text without a font');
          ts.wordSpacing = num(0);
          ts.charSpacing = num(1);
          ts.carriageReturn();
          this.show(builder, ts, args[2]);
          break;
        case 'TJ':
          this.showSpaced(builder, ts, args[0]);
          break;
        case 'gs': {
          const gstate = this.xref.resolve(this.dictIn(resources, 'ExtGState', args[0]));
          if (!(gstate instanceof PdfDict)) throw new Unsupported('ExtGState not found');
          if (gstate.raw('Font') !== undefined) throw new Unsupported('font set by ExtGState');
          break;
        }
        case 'BMC':
        case 'BDC':
        case 'EMC':
          builder.flush();
          break;
        case 'Do':
          builder.flush();
          this.paintXObject(resources, args[0], state, forms, depth);
          break;
      }
      args.length = 0;
    }
    builder.flush();
    if (depth > 0 && stack.length > 0) throw new Unsupported('unbalanced q in a form');
  }

  private codes(font: Font, value: PdfValue | undefined): number[] | null {
    if (typeof value !== 'string') throw new Unsupported('shown text is not a string');
    if (value.length === 0) return null;
    if (!font.twoByte) return Array.from(value, (c) => c.charCodeAt(0));
    if (value.length % 2 !== 0) throw new Unsupported('odd byte count for a two-byte font');
    const codes: number[] = [];
    for (let i = 0; i < value.length; i += 2) codes.push((value.charCodeAt(i) << 8) | value.charCodeAt(i + 1));
    return codes;
  }

  private show(builder: TextItemBuilder, ts: TextState, value: PdfValue | undefined): void {
    if (!ts.font) throw new Unsupported('text without a font');
    builder.show(ts, this.codes(ts.font, value), 0);
  }

  private showSpaced(builder: TextItemBuilder, ts: TextState, value: PdfValue | undefined): void {
    const font = ts.font;
    if (!font) throw new Unsupported('text without a font');
    if (!Array.isArray(value)) throw new Unsupported('TJ without an array');
    const spaceFactor = ((font.vertical ? 1 : -1) * ts.fontSize) / 1000;
    let buffer = '';
    for (const item of value) {
      if (typeof item === 'string') buffer += item;
      else if (typeof item === 'number') {
        if (item === 0) continue;
        builder.show(ts, this.codes(font, buffer), item * spaceFactor);
        buffer = '';
      } else throw new Unsupported('odd TJ element');
    }
    if (buffer.length > 0) builder.show(ts, this.codes(font, buffer), 0);
  }

  private paintXObject(resources: PdfDict | undefined, name: PdfValue | undefined, state: State, forms: Set<PdfValue>, depth: number): void {
    const raw = this.dictIn(resources, 'XObject', name);
    const xobject = this.xref.resolve(raw);
    if (!(xobject instanceof PdfStream)) throw new Unsupported('XObject is not a stream');
    const subtype = this.xref.get(xobject.dict, 'Subtype');
    if (!(subtype instanceof PdfName)) throw new Unsupported('XObject without subtype');
    if (subtype.name !== 'Form') return;
    if (forms.has(xobject) || depth >= MAX_FORM_DEPTH) throw new Unsupported('form XObject cycle');
    if (xobject.dict.raw('Group') !== undefined || xobject.dict.raw('OC') !== undefined) throw new Unsupported('form with group or optional content');
    const text = state.text.clone();
    const matrix = this.xref.get(xobject.dict, 'Matrix');
    if (matrix !== undefined) {
      if (!Array.isArray(matrix) || matrix.length !== 6 || !matrix.every((v) => typeof v === 'number')) throw new Unsupported('odd form Matrix');
      text.ctm = transform(text.ctm, matrix as number[]);
    }
    const local = this.xref.get(xobject.dict, 'Resources');
    forms.add(xobject);
    this.run(decodeStream(xobject, (v) => this.xref.resolve(v)), local instanceof PdfDict ? local : resources, text, forms, depth + 1);
    forms.delete(xobject);
  }
}
