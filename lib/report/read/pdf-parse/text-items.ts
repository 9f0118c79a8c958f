// Glyphs → text items, ported from pdf.js 5's getTextContent (src/core/evaluator.js) so that the
// items (where one ends, where a space is inserted, their widths) are the ones the layout code
// was tuned on. Same constants, same order of floating-point operations; only the parts this
// reader supports are kept (no Type3 glyph boxes, no marked content, no bidi reordering).
import type { Font } from './fonts.ts';
import { Unsupported } from './syntax.ts';

export type TextItem = { str: string; transform: number[]; width: number; height: number };
export type Matrix = number[];

/** pdf.js's Util.transform (m2 applied first), same operations in the same order. */
export function transform(m1: Matrix, m2: Matrix): Matrix {
  const a = m1[0] as number, b = m1[1] as number, c = m1[2] as number, d = m1[3] as number, e = m1[4] as number, f = m1[5] as number;
  const g = m2[0] as number, h = m2[1] as number, i = m2[2] as number, j = m2[3] as number, k = m2[4] as number, l = m2[5] as number;
  return [a * g + c * h, b * g + d * h, a * i + c * j, b * i + d * j, a * k + c * l + e, b * k + d * l + f];
}

export class TextState {
  fontName: string | null = null;
  fontSize = 0;
  font: Font | null = null;
  charSpacing = 0;
  wordSpacing = 0;
  leading = 0;
  textHScale = 1;
  textRise = 0;

  constructor(
    /** Replaced, never changed in place: clones share it. */
    public ctm: Matrix = [1, 0, 0, 1, 0, 0],
    public textMatrix: Matrix = [1, 0, 0, 1, 0, 0],
    public textLineMatrix: Matrix = [1, 0, 0, 1, 0, 0],
  ) {}

  clone(): TextState {
    const copy = new TextState(this.ctm, this.textMatrix.slice(), this.textLineMatrix.slice());
    copy.fontName = this.fontName;
    copy.fontSize = this.fontSize;
    copy.font = this.font;
    copy.charSpacing = this.charSpacing;
    copy.wordSpacing = this.wordSpacing;
    copy.leading = this.leading;
    copy.textHScale = this.textHScale;
    copy.textRise = this.textRise;
    return copy;
  }

  translateTextMatrix(x: number, y: number): void {
    const m = this.textMatrix as [number, number, number, number, number, number];
    m[4] = m[0] * x + m[2] * y + m[4];
    m[5] = m[1] * x + m[3] * y + m[5];
  }

  translateTextLineMatrix(x: number, y: number): void {
    const m = this.textLineMatrix as [number, number, number, number, number, number];
    m[4] = m[0] * x + m[2] * y + m[4];
    m[5] = m[1] * x + m[3] * y + m[5];
  }

  carriageReturn(): void {
    this.translateTextLineMatrix(0, -this.leading);
    this.textMatrix = this.textLineMatrix.slice();
  }

  /** ctm × textMatrix × [size·hscale 0 0 size 0 rise], as pdf.js computes it (zero terms kept: they decide a -0). */
  currentTransform(): Matrix {
    const m = this.textMatrix;
    const t0 = this.fontSize * this.textHScale;
    const t3 = this.fontSize;
    const rise = this.textRise;
    const m0 = m[0] as number, m1 = m[1] as number, m2 = m[2] as number, m3 = m[3] as number;
    const r0 = m0 * t0 + m2 * 0;
    const r1 = m1 * t0 + m3 * 0;
    const r2 = m0 * 0 + m2 * t3;
    const r3 = m1 * 0 + m3 * t3;
    const r4 = m0 * 0 + m2 * rise + (m[4] as number);
    const r5 = m1 * 0 + m3 * rise + (m[5] as number);
    const c = this.ctm;
    const c0 = c[0] as number, c1 = c[1] as number, c2 = c[2] as number, c3 = c[3] as number;
    return [c0 * r0 + c2 * r1, c1 * r0 + c3 * r1, c0 * r2 + c2 * r3, c1 * r2 + c3 * r3, c0 * r4 + c2 * r5 + (c[4] as number), c1 * r4 + c3 * r5 + (c[5] as number)];
  }
}

const SPECIAL = /^(\s)|(\p{Mn})|(\p{Cf})$/u;
const categories = new Map<string, number>();
const WHITESPACE = 1;
const DIACRITIC = 2;
const FORMAT_MARK = 4;

function category(char: string): number {
  let found = categories.get(char);
  if (found === undefined) {
    const groups = SPECIAL.exec(char);
    found = (groups?.[1] ? WHITESPACE : 0) | (groups?.[2] ? DIACRITIC : 0) | (groups?.[3] ? FORMAT_MARK : 0);
    if (categories.size < 100_000) categories.set(char, found);
  }
  return found;
}

// pdf.js's normalizeUnicode: NFKC for a fixed set of compatibility characters only.
const NORMALIZE =
  /([\u00a0\u00b5\u037e\u0eb3\u2000-\u200a\u202f\u2126\ufb00-\ufb04\ufb06\ufb20-\ufb36\ufb38-\ufb3c\ufb3e\ufb40-\ufb41\ufb43-\ufb44\ufb46-\ufba1\ufba4-\ufba9\ufbae-\ufbb1\ufbd3-\ufbdc\ufbde-\ufbe7\ufbea-\ufbf8\ufbfc-\ufbfd\ufc00-\ufc5d\ufc64-\ufcf1\ufcf5-\ufd3d\ufd88\ufdf4\ufdfa-\ufdfb\ufe71\ufe77\ufe79\ufe7b\ufe7d]+)|(\ufb05+)/gu;
// Right-to-left text is reordered by pdf.js's bidi(); it never occurs in these reports: declined.
const RTL = /[\u0590-\u05f4\u0600-\u08ac\ufb50-\ufdff\ufe70-\ufeff]/;

const TRACKING_SPACE_FACTOR = 0.102;
const NOT_A_SPACE_FACTOR = 0.03;
const NEGATIVE_SPACE_FACTOR = -0.2;
const SPACE_IN_FLOW_MIN_FACTOR = 0.102;
const SPACE_IN_FLOW_MAX_FACTOR = 0.6;
const VERTICAL_SHIFT_RATIO = 0.25;

/** One content stream's text items (a form XObject gets its own builder, as in pdf.js). */
export class TextItemBuilder {
  private initialized = false;
  private str: string[] = [];
  private totalWidth = 0;
  private totalHeight = 0;
  private width = 0;
  private height = 0;
  private vertical = false;
  private prevTransform: Matrix | null = null;
  private prevTextRise = 0;
  private textAdvanceScale = 0;
  private spaceInFlowMin = 0;
  private spaceInFlowMax = 0;
  private trackingSpaceMin = Infinity;
  private negativeSpaceMax = -Infinity;
  private notASpace = -Infinity;
  private transform: Matrix = [];
  private twoLastChars = [' ', ' '];
  private twoLastCharsPos = 0;
  /** pdf.js's currentTextState: the font state the open item was started with. */
  private current: { fontSize: number; fontName: string | null; font: Font | null };

  constructor(
    private readonly items: TextItem[],
    private readonly viewBox: number[],
    state: TextState,
  ) {
    this.current = { fontSize: state.fontSize, fontName: state.fontName, font: state.font };
  }

  private saveLastChar(char: string): boolean {
    const nextPos = (this.twoLastCharsPos + 1) % 2;
    const ret = this.twoLastChars[this.twoLastCharsPos] !== ' ' && this.twoLastChars[nextPos] === ' ';
    this.twoLastChars[this.twoLastCharsPos] = char;
    this.twoLastCharsPos = nextPos;
    return ret;
  }

  private shouldAddWhitespace(): boolean {
    return this.twoLastChars[this.twoLastCharsPos] !== ' ' && this.twoLastChars[(this.twoLastCharsPos + 1) % 2] === ' ';
  }

  private resetLastChars(): void {
    this.twoLastChars[0] = this.twoLastChars[1] = ' ';
    this.twoLastCharsPos = 0;
  }

  /** Whitespace items carry no text the reader keeps; only their effect on grouping matters. */
  private pushWhitespace(): void {
    this.items.push({ str: ' ', transform: [], width: 0, height: 0 });
  }

  private ensureItem(state: TextState): void {
    if (this.initialized) return;
    const font = state.font as Font;
    const trm = (this.transform = state.currentTransform());
    const [a = 0, b = 0, c = 0, d = 0] = trm;
    if (!font.vertical) {
      this.width = this.totalWidth = 0;
      this.height = this.totalHeight = Math.hypot(c, d);
      this.vertical = false;
    } else {
      this.width = this.totalWidth = Math.hypot(a, b);
      this.height = this.totalHeight = 0;
      this.vertical = true;
    }
    this.textAdvanceScale = Math.hypot(state.ctm[0] ?? 0, state.ctm[1] ?? 0) * Math.hypot(state.textLineMatrix[0] ?? 0, state.textLineMatrix[1] ?? 0);
    const { fontSize } = state;
    this.trackingSpaceMin = fontSize * TRACKING_SPACE_FACTOR;
    this.notASpace = fontSize * NOT_A_SPACE_FACTOR;
    this.negativeSpaceMax = fontSize * NEGATIVE_SPACE_FACTOR;
    this.spaceInFlowMin = fontSize * SPACE_IN_FLOW_MIN_FACTOR;
    this.spaceInFlowMax = fontSize * SPACE_IN_FLOW_MAX_FACTOR;
    this.initialized = true;
  }

  /** After Tm: the advance scale may change mid-item. */
  updateAdvanceScale(state: TextState): void {
    if (!this.initialized) return;
    const scale = Math.hypot(state.ctm[0] ?? 0, state.ctm[1] ?? 0) * Math.hypot(state.textLineMatrix[0] ?? 0, state.textLineMatrix[1] ?? 0);
    if (scale === this.textAdvanceScale) return;
    if (!this.vertical) {
      this.totalWidth += this.width * this.textAdvanceScale;
      this.width = 0;
    } else {
      this.totalHeight += this.height * this.textAdvanceScale;
      this.height = 0;
    }
    this.textAdvanceScale = scale;
  }

  flush(): void {
    if (!this.initialized) return;
    if (!this.vertical) this.totalWidth += this.width * this.textAdvanceScale;
    else this.totalHeight += this.height * this.textAdvanceScale;
    let text = this.str.join('');
    text = text.replaceAll(NORMALIZE, (_, p1: string | undefined) => (p1 ? p1.normalize('NFKC') : 'ſt'));
    if (RTL.test(text)) throw new Unsupported('right-to-left text');
    this.items.push({ str: text, transform: this.transform, width: Math.abs(this.totalWidth), height: Math.abs(this.totalHeight) });
    this.initialized = false;
    this.str.length = 0;
  }

  private appendEOL(): void {
    this.resetLastChars();
    if (this.initialized) this.flush();
    else this.items.push({ str: '', transform: [], width: 0, height: 0 });
  }

  private addFakeSpaces(width: number, orientation: number): boolean {
    if (orientation * this.spaceInFlowMin <= width && width <= orientation * this.spaceInFlowMax) {
      if (this.initialized) {
        this.resetLastChars();
        this.str.push(' ');
      }
      return false;
    }
    this.flush();
    this.resetLastChars();
    this.pushWhitespace();
    return true;
  }

  /** pdf.js's compareWithLastPosition: false when the glyph is outside the page (it is skipped). */
  private compareWithLastPosition(state: TextState, glyphWidth: number): boolean {
    const currentTransform = state.currentTransform();
    let posX = currentTransform[4] as number;
    let posY = currentTransform[5] as number;
    const [v0 = 0, v1 = 0, v2 = 0, v3 = 0] = this.viewBox;
    const font = state.font as Font;
    if (font.vertical) {
      if (posX < v0 || posX > v2 || posY + glyphWidth < v1 || posY > v3) return false;
    } else if (posX + glyphWidth < v0 || posX > v2 || posY < v1 || posY > v3) return false;
    if (!this.prevTransform) return true;
    let lastPosX = this.prevTransform[4] as number;
    let lastPosY = this.prevTransform[5] as number;
    if (lastPosX === posX && lastPosY === posY) return true;
    const [t0 = 0, t1 = 0, t2 = 0, t3 = 0] = currentTransform;
    let rotate = -1;
    if (t0 && t1 === 0 && t2 === 0) rotate = t0 > 0 ? 0 : 180;
    else if (t1 && t0 === 0 && t3 === 0) rotate = t1 > 0 ? 90 : 270;
    if (rotate === 90) {
      [posX, posY] = [posY, posX];
      [lastPosX, lastPosY] = [lastPosY, lastPosX];
    } else if (rotate === 180) {
      [posX, posY, lastPosX, lastPosY] = [-posX, -posY, -lastPosX, -lastPosY];
    } else if (rotate === 270) {
      [posX, posY] = [-posY, -posX];
      [lastPosX, lastPosY] = [-lastPosY, -lastPosX];
    } else if (rotate === -1) throw new Unsupported('skewed text');
    if (font.vertical) {
      const advanceY = (lastPosY - posY) / this.textAdvanceScale;
      const advanceX = posX - lastPosX;
      const orientation = Math.sign(this.height || this.totalHeight);
      if (advanceY < orientation * this.negativeSpaceMax) {
        if (Math.abs(advanceX) > 0.5 * this.width) {
          this.appendEOL();
          return true;
        }
        this.resetLastChars();
        this.flush();
        return true;
      }
      if (Math.abs(advanceX) > this.width) {
        this.appendEOL();
        return true;
      }
      if (advanceY <= orientation * this.notASpace) this.resetLastChars();
      if (advanceY <= orientation * this.trackingSpaceMin) {
        if (this.shouldAddWhitespace()) {
          this.resetLastChars();
          this.flush();
          this.pushWhitespace();
        } else this.height += advanceY;
      } else if (!this.addFakeSpaces(advanceY, orientation)) {
        if (this.str.length === 0) {
          this.resetLastChars();
          this.pushWhitespace();
        } else this.height += advanceY;
      }
      if (Math.abs(advanceX) > this.width * VERTICAL_SHIFT_RATIO) this.flush();
      return true;
    }
    const advanceX = (posX - lastPosX) / this.textAdvanceScale;
    const advanceY = posY - lastPosY;
    const orientation = Math.sign(this.width || this.totalWidth);
    if (advanceX < orientation * this.negativeSpaceMax) {
      if (Math.abs(advanceY) > 0.5 * this.height) {
        this.appendEOL();
        return true;
      }
      this.resetLastChars();
      this.flush();
      return true;
    }
    const riseDelta = state.textRise - this.prevTextRise;
    const advanceYCorrected = riseDelta === 0 ? advanceY : advanceY - (t3 / state.fontSize) * riseDelta;
    if (Math.abs(advanceYCorrected) > this.height) {
      this.appendEOL();
      return true;
    }
    if (advanceX <= orientation * this.notASpace) this.resetLastChars();
    if (advanceX <= orientation * this.trackingSpaceMin) {
      if (this.shouldAddWhitespace()) {
        this.resetLastChars();
        this.flush();
        this.pushWhitespace();
      } else this.width += advanceX;
    } else if (!this.addFakeSpaces(advanceX, orientation)) {
      if (this.str.length === 0) {
        this.resetLastChars();
        this.pushWhitespace();
      } else this.width += advanceX;
    }
    if (Math.abs(advanceY) > this.height * VERTICAL_SHIFT_RATIO) this.flush();
    return true;
  }

  /** A string shown (Tj, one run of TJ): `codes` are the font's character codes. */
  show(state: TextState, codes: number[] | null, extraSpacing: number): void {
    const font = state.font;
    if (!font) throw new Unsupported('text without a font');
    const current = this.current;
    if (current.fontSize === state.fontSize && current.fontName !== state.fontName && !current.font) throw new Unsupported('font state pdf.js trips on');
    if (current.fontSize !== state.fontSize || (current.fontName !== state.fontName && (current.font?.name !== font.name || current.font?.vertical !== font.vertical))) {
      this.flush();
      this.current = { fontSize: state.fontSize, fontName: state.fontName, font };
    }
    const baseCharSpacing = font.vertical ? -state.charSpacing : state.charSpacing;
    if (!codes) {
      const charSpacing = baseCharSpacing + extraSpacing;
      if (charSpacing) {
        if (!font.vertical) state.translateTextMatrix(charSpacing * state.textHScale, 0);
        else state.translateTextMatrix(0, -charSpacing);
      }
      return;
    }
    const scale = 0.001 * state.fontSize;
    for (let i = 0, ii = codes.length; i < ii; i++) {
      const code = codes[i] as number;
      const unicode = font.toUnicode.get(code) || String.fromCharCode(code);
      const kind = category(unicode);
      if (kind & FORMAT_MARK) continue;
      let charSpacing = baseCharSpacing + (i + 1 === ii ? extraSpacing : 0);
      let glyphWidth = font.widths.get(code) ?? font.defaultWidth;
      if (font.vertical) glyphWidth = (font.vmetrics[code] ?? font.defaultVMetrics)[0] as number;
      let scaledDim = glyphWidth * scale;
      if (code === 0x20) charSpacing += state.wordSpacing;
      if (kind & WHITESPACE) {
        if (!font.vertical) {
          charSpacing += scaledDim;
          state.translateTextMatrix(charSpacing * state.textHScale, 0);
        } else {
          charSpacing += -scaledDim;
          state.translateTextMatrix(0, -charSpacing);
        }
        this.saveLastChar(' ');
        continue;
      }
      if (!(kind & DIACRITIC) && !this.compareWithLastPosition(state, scaledDim)) {
        if (!font.vertical) state.translateTextMatrix(scaledDim * state.textHScale, 0);
        else state.translateTextMatrix(0, scaledDim);
        continue;
      }
      this.ensureItem(state);
      if (kind & DIACRITIC) scaledDim = 0;
      if (!font.vertical) {
        scaledDim *= state.textHScale;
        state.translateTextMatrix(scaledDim, 0);
        this.width += scaledDim;
      } else {
        state.translateTextMatrix(0, scaledDim);
        scaledDim = Math.abs(scaledDim);
        this.height += scaledDim;
      }
      if (scaledDim) {
        this.prevTransform = state.currentTransform();
        this.prevTextRise = state.textRise;
      }
      if (this.saveLastChar(unicode)) this.str.push(' ');
      this.str.push(unicode);
      if (charSpacing) {
        if (!font.vertical) state.translateTextMatrix(charSpacing * state.textHScale, 0);
        else state.translateTextMatrix(0, -charSpacing);
      }
    }
  }
}
