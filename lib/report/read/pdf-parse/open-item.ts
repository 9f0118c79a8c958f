// Ported from pdf.js (Copyright Mozilla Foundation, Apache License 2.0); see NOTICE.md.
// The text item being built, and how pdf.js ends one (flushTextContentItem), inserts spaces
// (addFakeSpaces, the two-last-chars rule) and starts the next; ported from pdf.js 5's
// getTextContent (src/core/evaluator.js) with its constants. The glyph-by-glyph part is in
// text-items.ts.
import type { Font } from './fonts.ts';
import type { Matrix, TextItem, TextState } from './text-state.ts';
import { Unsupported } from './values.ts';

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
export const VERTICAL_SHIFT_RATIO = 0.25;

export class OpenItem {
  protected initialized = false;
  protected str: string[] = [];
  protected totalWidth = 0;
  protected totalHeight = 0;
  protected width = 0;
  protected height = 0;
  protected vertical = false;
  protected prevTransform: Matrix | null = null;
  protected prevTextRise = 0;
  protected textAdvanceScale = 0;
  protected spaceInFlowMin = 0;
  protected spaceInFlowMax = 0;
  protected trackingSpaceMin = Infinity;
  protected negativeSpaceMax = -Infinity;
  protected notASpace = -Infinity;
  protected transform: Matrix = [];
  protected twoLastChars = [' ', ' '];
  protected twoLastCharsPos = 0;
  /** pdf.js's currentTextState: the font state the open item was started with. */
  protected current: { fontSize: number; fontName: string | null; font: Font | null };

  constructor(
    protected readonly items: TextItem[],
    state: TextState,
  ) {
    this.current = { fontSize: state.fontSize, fontName: state.fontName, font: state.font };
  }

  protected saveLastChar(char: string): boolean {
    const nextPos = (this.twoLastCharsPos + 1) % 2;
    const ret = this.twoLastChars[this.twoLastCharsPos] !== ' ' && this.twoLastChars[nextPos] === ' ';
    this.twoLastChars[this.twoLastCharsPos] = char;
    this.twoLastCharsPos = nextPos;
    return ret;
  }

  protected shouldAddWhitespace(): boolean {
    return this.twoLastChars[this.twoLastCharsPos] !== ' ' && this.twoLastChars[(this.twoLastCharsPos + 1) % 2] === ' ';
  }

  protected resetLastChars(): void {
    this.twoLastChars[0] = this.twoLastChars[1] = ' ';
    this.twoLastCharsPos = 0;
  }

  /** Whitespace items carry no text the reader keeps; only their effect on grouping matters. */
  protected pushWhitespace(): void {
    this.items.push({ str: ' ', transform: [], width: 0, height: 0 });
  }

  protected ensureItem(state: TextState): void {
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

  protected appendEOL(): void {
    this.resetLastChars();
    if (this.initialized) this.flush();
    else this.items.push({ str: '', transform: [], width: 0, height: 0 });
  }

  protected addFakeSpaces(width: number, orientation: number): boolean {
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
}
