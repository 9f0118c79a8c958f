// Character-level clean-up of Chinese text: full-width ASCII, odd spaces, traditional characters.
// A small built-in table (the characters of the template's labels, headings and common
// report words) keeps lib/report light enough for the browser; opencc-js's tables are ~1 MB.
import { bufferView } from '../node-buffer.ts';
import { whitespaceTable } from './whitespace.ts';

const TRADITIONAL =
  '處業機構會組織務總計開請數結轉區這屬於國規穩護權類內過執詢項關沒現補後確訪舉報訴復無當認獲費繳納繼續辦條號減發廢對決額單萬採購範許罰強議訟經維糾審體況動與問題進說説統鎮鄉縣實驗綜網眾臺' +
  '為裡書劃預級監導標準個們來時間應際將並從隊歷層廣東陝龍遼門戶佈資訊製頒佈範圍徵見參與歲們雲貴貫徹態勢產權庫稅營稱戰責範憑據圖傳眾聯繫複';
const SIMPLIFIED =
  '处业机构会组织务总计开请数结转区这属于国规稳护权类内过执询项关没现补后确访举报诉复无当认获费缴纳继续办条号减发废对决额单万采购范许罚强议讼经维纠审体况动与问题进说说统镇乡县实验综网众台' +
  '为里书划预级监导标准个们来时间应际将并从队历层广东陕龙辽门户布资讯制颁布范围征见参与岁们云贵贯彻态势产权库税营称战责范凭据图传众联系复';

const TO_SIMPLIFIED: ReadonlyMap<string, string> = buildTable();

function buildTable(): Map<string, string> {
  const from = [...TRADITIONAL];
  const to = [...SIMPLIFIED];
  const table = new Map<string, string>();
  from.forEach((ch, i) => {
    const target = to[i];
    if (target !== undefined && ch !== target) table.set(ch, target);
  });
  return table;
}

// Per-unit tables instead of a regex with a replacement callback: these run over every label and
// over whole sections, and nearly all text needs no change (it is then returned as is).
// Every mapping is BMP → one unit, so each output has the input's length.
const SIMPLIFY: Uint16Array = buildUnitTable((table) => {
  for (const [from, to] of TO_SIMPLIFIED) table[from.charCodeAt(0)] = to.charCodeAt(0);
});

const HALF_WIDTH: Uint16Array = buildUnitTable((table) => {
  for (let code = 0xff01; code <= 0xff5e; code++) table[code] = code - 0xfee0;
  for (const code of [0x3000, 0x00a0, 0x202f, 0x205f]) table[code] = 0x20;
  for (let code = 0x2002; code <= 0x200b; code++) table[code] = 0x20;
});

function buildUnitTable(fill: (table: Uint16Array) => void): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) table[code] = code;
  fill(table);
  return table;
}

/** The text with every unit mapped through `table`, and how many units changed. */
function mapUnits(text: string, table: Uint16Array): { text: string; changed: number } {
  let out = '';
  let copied = 0;
  let changed = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const mapped = table[unit] ?? unit;
    if (mapped === unit) continue;
    // Unchanged runs are copied as slices, so lone surrogates pass through untouched.
    out += text.slice(copied, i) + String.fromCharCode(mapped);
    copied = i + 1;
    changed++;
  }
  return changed === 0 ? { text, changed } : { text: out + text.slice(copied), changed };
}

/** Replace the traditional characters this product knows with their simplified forms. */
export function toSimplified(text: string): { text: string; changed: number } {
  return mapUnits(text, SIMPLIFY);
}

/** Full-width ASCII (０-９, Ａ-Ｚ, ．, －, ／ …) to ASCII; U+3000 and NBSP to a plain space. */
export function toHalfWidth(text: string): string {
  return mapUnits(text, HALF_WIDTH).text;
}

/** toHalfWidth(toSimplified(text).text) in one pass. */
export function foldText(text: string): string {
  return mapUnits(text, FOLD).text;
}

// foldForSearch as a per-UTF-16-unit table (every mapping is BMP → one unit), built once:
// searching runs over whole documents several times per report.
const FOLD: Uint16Array = buildFold();

function buildFold(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) table[code] = code;
  for (let code = 0xff01; code <= 0xff5e; code++) table[code] = code - 0xfee0;
  for (const code of [0x3000, 0x00a0, 0x202f, 0x205f]) table[code] = 0x20;
  for (let code = 0x2002; code <= 0x200b; code++) table[code] = 0x20;
  for (const [from, to] of TO_SIMPLIFIED) table[from.charCodeAt(0)] = to.charCodeAt(0);
  return table;
}

/** The folded form of one UTF-16 unit (half-width, simplified). */
function foldUnit(unit: number): number {
  return FOLD[unit] ?? unit;
}

/**
 * Same length as the input (one output char per input UTF-16 unit), so that offsets found in
 * the folded text are offsets in the original: used to search labels in glued text.
 */
export function foldForSearch(text: string): string {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = foldUnit(text.charCodeAt(i));
  return unitsToString(units, units.length);
}

const SEPARATOR_CHARS = '"\'“”‘’「」『』《》<>〈〉,，、。.．:：;；()（）[]【】/·•_-—–~～!！?？*#|\u0000';

// Whitespace and punctuation, which searching ignores (a per-unit lookup instead of a regex test
// per character: compacting runs over whole documents).
const SEPARATOR: Uint8Array = buildSeparators();

function buildSeparators(): Uint8Array {
  const table = whitespaceTable(); // everything JavaScript's \s matches
  for (const ch of SEPARATOR_CHARS) table[ch.charCodeAt(0)] = 1;
  return table;
}

// Folding and dropping as one table: the folded unit, or 0 for a unit that searching drops
// (U+0000 is itself dropped, so 0 is free). Compacting looks up every unit of a document; callers
// bind the table in their own module, because a loop calling foldUnit and isSearchSeparator
// across modules ran about 5 times slower under tsx (which the benchmark uses) than bundled.
const COMPACTING: Uint16Array = FOLD.map((folded) => (SEPARATOR[folded] === 1 ? 0 : folded));

/** Per UTF-16 unit: its folded form, or 0 when searching drops it (whitespace, punctuation). */
export function compactingTable(): Uint16Array {
  return COMPACTING;
}

// Native decoding beats String.fromCharCode over spread chunks several times. It turns a lone
// surrogate into U+FFFD (same length), which no search phrase contains either.
const UTF16 = new TextDecoder('utf-16le');

// Node's Buffer copies UTF-16 units into a string; node 20's TextDecoder goes through ICU and
// took several times longer (node-buffer.ts; a browser gets TextDecoder).
/**
 * String from UTF-16 units (little-endian on every platform Node and browsers run on), as
 * TextDecoder('utf-16le') reads them: a leading U+FEFF dropped, a lone surrogate read as U+FFFD.
 * `wellFormed`: the caller knows no unit is a lone surrogate, so Buffer may copy them as they are.
 */
export function unitsToString(units: Uint16Array, length: number, wellFormed = false): string {
  const from = length > 0 && units[0] === 0xfeff ? 1 : 0;
  const native = wellFormed ? bufferView(units.buffer, units.byteOffset + from * 2, (length - from) * 2) : undefined;
  if (native) return native.toString('utf16le');
  const view = units.subarray(0, length);
  return UTF16.decode(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
}
