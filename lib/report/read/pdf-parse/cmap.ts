// ToUnicode CMaps: character code → text, from bfchar/bfrange (and cidchar/cidrange) sections,
// decoded the way pdf.js does (UTF-16BE with surrogate pairs; a bfrange increments the last
// byte of its destination). A CMap that pdf.js would only partly read (a malformed entry, a
// usecmap, a huge range) is declined.
import { LEX_EOF, Lexer } from './lexer.ts';
import { isCmd, PdfCmd, Unsupported, type PdfValue } from './values.ts';

const MAX_MAP_RANGE = 2 ** 24 - 1;

function strToInt(str: string): number {
  let a = 0;
  for (let i = 0; i < str.length; i++) a = (a << 8) | str.charCodeAt(i);
  return a >>> 0;
}

function expectString(value: PdfValue | typeof LEX_EOF): string {
  if (typeof value !== 'string') throw new Unsupported('malformed ToUnicode entry');
  return value;
}

/** A destination as pdf.js turns it into text: UTF-16BE, odd lengths padded in front. */
function utf16(token: string): string {
  if (token.length % 2 !== 0) token = `\u0000${token}`;
  const points: number[] = [];
  for (let k = 0; k < token.length; k += 2) {
    const w1 = (token.charCodeAt(k) << 8) | token.charCodeAt(k + 1);
    if ((w1 & 0xf800) !== 0xd800) {
      points.push(w1);
      continue;
    }
    k += 2;
    const w2 = (token.charCodeAt(k) << 8) | token.charCodeAt(k + 1);
    points.push(((w1 & 0x3ff) << 10) + (w2 & 0x3ff) + 0x10000);
  }
  return String.fromCodePoint(...points);
}

export type ToUnicode = Map<number, string>;

export function parseToUnicode(data: Uint8Array): ToUnicode {
  // Raw destinations first (a later entry for the same code replaces an earlier one), then decoded.
  const raw = new Map<number, string | number>();
  const lexer = new Lexer(data, 0, data.length, false);
  for (;;) {
    const token = lexer.next();
    if (token === LEX_EOF || isCmd(token, 'endcmap')) break;
    if (!(token instanceof PdfCmd)) continue;
    const section = token.cmd;
    if (section === 'usecmap') throw new Unsupported('ToUnicode with usecmap');
    if (section === 'beginbfchar' || section === 'begincidchar') {
      const end = section === 'beginbfchar' ? 'endbfchar' : 'endcidchar';
      for (;;) {
        const src = lexer.next();
        if (isCmd(src, end)) break;
        const dst = lexer.next();
        if (section === 'beginbfchar') raw.set(strToInt(expectString(src)), expectString(dst));
        else if (typeof dst === 'number' && Number.isInteger(dst)) raw.set(strToInt(expectString(src)), dst);
        else throw new Unsupported('malformed cidchar');
      }
    } else if (section === 'beginbfrange' || section === 'begincidrange') {
      const end = section === 'beginbfrange' ? 'endbfrange' : 'endcidrange';
      for (;;) {
        const first = lexer.next();
        if (isCmd(first, end)) break;
        let low = strToInt(expectString(first));
        const high = strToInt(expectString(lexer.next()));
        if (high - low > MAX_MAP_RANGE || high - low > 0x10000) throw new Unsupported('huge ToUnicode range');
        const dst = lexer.next();
        if (section === 'begincidrange') {
          if (typeof dst !== 'number' || !Number.isInteger(dst)) throw new Unsupported('malformed cidrange');
          for (let code = dst; low <= high; low++, code++) raw.set(low, code);
        } else if (Array.isArray(dst)) {
          for (let i = 0; low <= high && i < dst.length; i++, low++) {
            const item = dst[i];
            if (typeof item !== 'string') throw new Unsupported('odd bfrange array item');
            raw.set(low, item);
          }
        } else {
          let next = typeof dst === 'number' && Number.isInteger(dst) ? String.fromCharCode(dst) : expectString(dst);
          if (next.length === 0) throw new Unsupported('empty bfrange destination');
          const last = next.length - 1;
          while (low <= high) {
            raw.set(low++, next);
            const code = next.charCodeAt(last) + 1;
            next =
              code > 0xff
                ? next.substring(0, last - 1) + String.fromCharCode(next.charCodeAt(last - 1) + 1) + '\x00'
                : next.substring(0, last) + String.fromCharCode(code);
          }
        }
      }
    }
  }
  const map: ToUnicode = new Map();
  for (const [code, dst] of raw) map.set(code, typeof dst === 'number' ? String.fromCodePoint(dst) : utf16(dst));
  return map;
}
