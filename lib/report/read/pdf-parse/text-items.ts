// Ported from pdf.js (Copyright Mozilla Foundation, Apache License 2.0); see NOTICE.md.
// Glyphs → text items, ported from pdf.js 5's getTextContent (src/core/evaluator.js) so that the
// items (where one ends, where a space is inserted, their widths) are the ones the layout code
// was tuned on. Same constants, same order of floating-point operations; only the parts this
// reader supports are kept (no Type3 glyph boxes, no marked content, no bidi reordering).
import type { Font } from './fonts.ts';
import { OpenItem, VERTICAL_SHIFT_RATIO } from './open-item.ts';
import type { TextItem, TextState } from './text-state.ts';
import { Unsupported } from './values.ts';

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

/** One content stream's text items (a form XObject gets its own builder, as in pdf.js). */
export class TextItemBuilder extends OpenItem {
  constructor(
    items: TextItem[],
    private readonly viewBox: number[],
    state: TextState,
  ) {
    super(items, state);
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
    const scale = font.scale * state.fontSize;
    for (let i = 0, ii = codes.length; i < ii; i++) {
      const code = codes[i] as number;
      if (font.onlyMapped && !font.toUnicode.has(code)) throw new Unsupported('code without ToUnicode entry in a simple font');
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
