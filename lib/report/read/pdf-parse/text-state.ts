// Ported from pdf.js (Copyright Mozilla Foundation, Apache License 2.0); see NOTICE.md.
// The text state pdf.js's getTextContent keeps (its TextState), with pdf.js's matrix product:
// the same operations in the same order, so that positions come out as the same doubles.
import type { Font } from './fonts.ts';

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
