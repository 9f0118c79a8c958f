// What kind of file the bytes are, judged by content (magic numbers, markup) and only then by
// the file name, because crawled files are often misnamed (.htm PDFs, .doc HTML exports).
import {
  decodeStrictUtf8,
  decodeWith,
  detectBom,
  guessChineseEncoding,
  normalizeCharset,
} from '../normalize/encoding.ts';
import { bufferView } from '../node-buffer.ts';

export type DetectedKind = 'pdf' | 'docx' | 'html' | 'text' | 'unsupported';

function startsWith(bytes: Uint8Array, magic: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + magic.length) return false;
  return magic.every((b, i) => bytes[offset + i] === b);
}

function ascii(text: string): number[] {
  return Array.from(text, (c) => c.charCodeAt(0));
}

/** First index of `needle` in `bytes` (from `from`), or -1; first-byte scan keeps it linear in practice. */
export function indexOfBytes(bytes: Uint8Array, needle: readonly number[], from = 0, until = bytes.length): number {
  const first = needle[0];
  if (first === undefined) return -1;
  const last = Math.min(until, bytes.length) - needle.length;
  // indexOf runs to the end of what it is given: give it no more than the bytes a match can start in.
  const starts = last + 1 < bytes.length ? bytes.subarray(0, Math.max(0, last + 1)) : bytes;
  for (let i = starts.indexOf(first, from); i !== -1; i = starts.indexOf(first, i + 1)) {
    let ok = true;
    for (let j = 1; j < needle.length; j++) {
      if (bytes[i + j] !== needle[j]) {
        ok = false;
        break;
      }
    }
    if (ok) return i;
  }
  return -1;
}

const PDF_MAGIC = ascii('%PDF-');
const ZIP_MAGICS = [[0x50, 0x4b, 0x03, 0x04], [0x50, 0x4b, 0x05, 0x06], [0x50, 0x4b, 0x07, 0x08]] as const;
const DOCX_ENTRY = ascii('word/document.xml');

const BINARY_MAGICS: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  ascii('GIF87a'),
  ascii('GIF89a'),
  [0x49, 0x49, 0x2a, 0x00], // TIFF little-endian
  [0x4d, 0x4d, 0x00, 0x2a], // TIFF big-endian
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], // OLE2: legacy .doc/.xls/.wps
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0xcf, 0xfa, 0xed, 0xfe], // Mach-O 64
  [0xce, 0xfa, 0xed, 0xfe], // Mach-O 32
  [0xca, 0xfe, 0xba, 0xbe], // Mach-O fat / Java class
  [0x1f, 0x8b], // gzip
  ascii('Rar!'),
  [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], // 7z
  ascii('{\\rtf'),
];

// Built once: every text or HTML file passes through isBinaryContainer.
const RIFF = ascii('RIFF');
const WEBP = ascii('WEBP');
const BM = ascii('BM');
const MZ = ascii('MZ');
const BMP_HEADER_SIZES = [12, 40, 52, 56, 64, 108, 124];

function isBinaryContainer(bytes: Uint8Array): boolean {
  if (BINARY_MAGICS.some((m) => startsWith(bytes, m))) return true;
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8)) return true;
  // "BM" alone could start a text file; a real BMP has a known DIB header size at offset 14.
  if (startsWith(bytes, BM) && BMP_HEADER_SIZES.includes(bytes[14] ?? -1) && bytes[15] === 0) return true;
  // "MZ" executables carry the PE offset at 0x3c; text starting with "MZ" has no NULs there.
  return startsWith(bytes, MZ) && bytes.length > 0x40 && bytes.subarray(2, 0x40).includes(0);
}

const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|table|p|span|style|script|link|center|font|h[1-6])\b/i;
const HTML_TAGS = /<\/(?:p|div|td|tr|table|span|body|html|li|font|h[1-6])\s*>|<(?:br|td|tr|table|p)\b[^>]*>/gi;

/** True when the text is HTML markup: it starts with a tag, or is dense in closing/table tags. */
function looksLikeHtml(text: string, fileName?: string): boolean {
  const head = text.slice(0, 8192);
  if (HTML_START.test(head)) return true;
  const tagCount = head.match(HTML_TAGS)?.length ?? 0;
  if (tagCount >= 8) return true;
  // A few tags in otherwise plain text: only the file name can break the tie.
  return tagCount >= 2 && /\.(x?html?|shtml|aspx?|jsp|php)$/i.test(fileName ?? '');
}

// A unit junkRatio counts as junk. Nearly every document has none: one regular-expression scan
// (native code) answers that several times faster than the counting loop below.
const JUNK_UNIT = /[\x00-\x08\x0b\x0e-\x1f\ufffd]/;

/** Share of characters that would not occur in a text document (NUL, C0 controls other than whitespace, U+FFFD). */
function junkRatio(text: string): number {
  const end = Math.min(text.length, 65536);
  if (end > 0 && !JUNK_UNIT.test(end < text.length ? text.slice(0, end) : text)) return 0;
  let junk = 0;
  let pairs = 0;
  // Counted per character (code point), as iterating the string would, without the iterator:
  // every unit counts once, except the second unit of a surrogate pair.
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x20 && code < 0xd800) continue; // nearly every unit: neither junk nor a surrogate
    if (code === 0xfffd || (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c)) junk++;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < end && isLowSurrogate(text.charCodeAt(i + 1))) {
      i++;
      pairs++;
    }
  }
  const total = end - pairs;
  return total === 0 ? 1 : junk / total;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

// Uint8Array#includes looks at one byte at a time (about 1 ns each on node 20); Buffer#indexOf
// is memchr (node-buffer.ts; a browser gets the loop).
function hasZeroByte(bytes: Uint8Array): boolean {
  const view = bufferView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view) return view.indexOf(0) !== -1;
  return bytes.includes(0);
}

export function detectSourceKind(bytes: Uint8Array, fileName?: string): DetectedKind {
  return detectSource(bytes, fileName).kind;
}

/**
 * The kind, and for text or HTML judged from all of the bytes (files up to 256 KiB) the text as
 * decodeText(bytes) decodes it, which the reader then need not decode again (a GB18030/Big5
 * guess decodes twice).
 */
export function detectSource(bytes: Uint8Array, fileName?: string): { kind: DetectedKind; decoded?: DecodedText } {
  const kind = (value: DetectedKind) => ({ kind: value });
  if (bytes.length === 0) return kind('unsupported');
  // PDF readers accept the header anywhere in the first KiB; some servers prepend junk.
  if (indexOfBytes(bytes, PDF_MAGIC, 0, 1024) !== -1) return kind('pdf');
  if (ZIP_MAGICS.some((m) => startsWith(bytes, m))) {
    return kind(indexOfBytes(bytes, DOCX_ENTRY) !== -1 ? 'docx' : 'unsupported');
  }
  if (isBinaryContainer(bytes)) return kind('unsupported');
  const bom = detectBom(bytes);
  // UTF-16 without a BOM is not expected from these sites; NULs otherwise mean binary.
  if (!bom || bom.encoding === 'utf-8') {
    if (hasZeroByte(bytes.subarray(0, 65536))) return kind('unsupported');
  }
  const whole = bytes.length <= 262144;
  const decoded = decodeText(whole ? bytes : bytes.subarray(0, 262144));
  if (junkRatio(decoded.text) > 0.02) return kind('unsupported');
  const found = looksLikeHtml(decoded.text, fileName) ? 'html' : 'text';
  return whole ? { kind: found, decoded } : kind(found);
}

export type DecodedText = { text: string; encoding: string; guessed: boolean };

/** True when decodeText(bytes, declaredCharset) is decodeText(bytes): no declaration, or UTF-8. */
export function declarationChangesNothing(declaredCharset: string | undefined): boolean {
  const declared = normalizeCharset(declaredCharset);
  return declared === undefined || declared === 'utf-8';
}

/**
 * decodeText(bytes, declaredCharset), reusing `undeclared` (decodeText(bytes), from detection)
 * when the declaration changes nothing, or names the encoding that was guessed: a guess means
 * no BOM and no valid UTF-8, so the declared decoding is the same text, no longer a guess.
 */
export function decodeDeclared(bytes: Uint8Array, declaredCharset: string | undefined, undeclared: DecodedText | undefined): DecodedText {
  if (undeclared) {
    if (declarationChangesNothing(declaredCharset)) return undeclared;
    const declared = normalizeCharset(declaredCharset);
    if (undeclared.guessed && undeclared.encoding === declared) return { text: undeclared.text, encoding: declared, guessed: false };
  }
  return decodeText(bytes, declaredCharset);
}

export function decodeText(bytes: Uint8Array, declaredCharset?: string): DecodedText {
  const bom = detectBom(bytes);
  if (bom) return { text: decodeWith(bytes.subarray(bom.length), bom.encoding), encoding: bom.encoding, guessed: false };
  const declared = normalizeCharset(declaredCharset);
  const utf8 = decodeStrictUtf8(bytes);
  if (declared && declared !== 'utf-8') {
    // Sites copy a gb2312 <meta> into UTF-8 templates; valid multi-byte UTF-8 outweighs the label.
    if (utf8 !== undefined && /[^\x00-\x7f]/.test(utf8)) return { text: utf8, encoding: 'utf-8', guessed: true };
    return { text: decodeWith(bytes, declared), encoding: declared, guessed: false };
  }
  // Non-ASCII text that validates as UTF-8 is UTF-8 for all practical purposes: not a guess.
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', guessed: false };
  const guess = guessChineseEncoding(bytes);
  return { text: guess.text, encoding: guess.encoding, guessed: true };
}
