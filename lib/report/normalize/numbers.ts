// Reading one table cell as a number. Real cells carry full-width digits, &nbsp;/U+3000 padding,
// zero written as —, -, / or 无, thousands separators, and units (1018703元, 152.2万元).
import { toHalfWidth } from './chinese.ts';
import { whitespaceTable } from './whitespace.ts';

export type NumberKind = 'count' | 'change' | 'amountWan' | 'amountYuan';

export type ParsedNumber =
  | { ok: true; value: number; note?: string }
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'not-a-number'; text: string };

const ZERO_MARKS = new Map<string, string>([
  ['—', '“—”'],
  ['——', '“——”'],
  ['-', '“-”'],
  ['--', '“--”'],
  ['–', '“–”'],
  ['/', '“/”'],
  ['无', '“无”'],
  ['無', '“无”'],
  ['\\', '“\\”'],
]);

/** Collapse every kind of whitespace (incl. &nbsp; and U+3000) out of a cell's text. */
export function stripSpaces(text: string): string {
  return toHalfWidth(text).replace(/&nbsp;?/gi, ' ').replace(/\s+/g, '');
}

export function parseNumberCell(raw: string, kind: NumberKind = 'count'): ParsedNumber {
  // Fast path for the common cell, plain ASCII digits: what the general path below returns for it.
  if (isAsciiDigits(raw)) return { ok: true, value: Number(raw) };
  const spaced = toHalfWidth(raw).replace(/&nbsp;?/gi, ' ').trim();
  if (spaced === '') return { ok: false, reason: 'empty' };
  const text = spaced.replace(/\s+/g, '');
  const zeroMark = ZERO_MARKS.get(text);
  if (zeroMark) return { ok: true, value: 0, note: `单元格为${zeroMark}，按0读取` };

  const notes: string[] = [];
  if (/\d\s+\d/.test(spaced)) notes.push(`数字中的空格已去除（原文“${spaced}”）`);
  const match = /^([+-]?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(万元|元|件|条|个|项|次|宗)?$/.exec(text);
  if (!match) return { ok: false, reason: 'not-a-number', text: spaced };
  const [, sign = '', digits = '', unit] = match;
  let value = Number(digits.replace(/,/g, ''));
  if (sign === '-') value = -value;

  if (unit === '万元' && kind === 'amountYuan') {
    value = roundMoney(value * 10000);
    notes.push(`原文单位为万元（${text}），已换算为元`);
  } else if (unit === '元' && kind === 'amountWan') {
    value = roundMoney(value / 10000);
    notes.push(`原文单位为元（${text}），已换算为万元`);
  } else if (unit === '万元' || unit === '元') {
    notes.push(`单元格内含单位（${text}）`);
  }
  return notes.length > 0 ? { ok: true, value, note: notes.join('；') } : { ok: true, value };
}

function isAsciiDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

function roundMoney(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** True when the text is a cell value rather than a label: digits, zero marks or units only. */
export function isValueText(raw: string): boolean {
  // Labels are most of what is asked about: one character no number cell can hold settles it.
  if (hasNonNumberChar(raw)) return false;
  if (isAsciiDigits(raw)) return true; // parseNumberCell's fast path, without its result object
  const parsed = parseNumberCell(raw, 'amountYuan');
  return parsed.ok;
}

// Every character a cell parseNumberCell accepts can contain, after toHalfWidth: digits, signs
// and separators, zero marks, units, whitespace and the letters of &nbsp;.
const NUMBER_CHARS: Uint8Array = buildNumberChars();

function buildNumberChars(): Uint8Array {
  // Whitespace: what \s matches, and what toHalfWidth turns into a space (U+200B as well).
  const table = whitespaceTable();
  table[0x200b] = 1;
  for (const ch of '0123456789+-,./\\—–无無万元件条个项次宗&;nbspNBSP') table[ch.charCodeAt(0)] = 1;
  return table;
}

function hasNonNumberChar(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const half = unit >= 0xff01 && unit <= 0xff5e ? unit - 0xfee0 : unit; // as toHalfWidth
    if (NUMBER_CHARS[half] !== 1) return true;
  }
  return false;
}
