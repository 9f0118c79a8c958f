// A text file's plain-text view is very often the file itself decoded as UTF-8. Storage keeps
// that text once (as the source file) and this decodes it again where it is shown, so both
// sides must decode the same way: strictly (invalid UTF-8 is not "the same"), BOM dropped —
// the reader's own decoder (normalize/utf8.ts), which does exactly that.
import { decodeStrictUtf8 } from './normalize/utf8.ts';

/** The bytes as text when they are valid UTF-8, else undefined. */
export function decodeSourceText(bytes: Uint8Array): string | undefined {
  return decodeStrictUtf8(bytes);
}

/** Whether `plainText` is exactly decodeSourceText(bytes), checked cheaply where it cannot be. */
export function isSourceText(bytes: Uint8Array, plainText: string): boolean {
  // UTF-8 takes 1–3 bytes per UTF-16 unit (4 per surrogate pair), plus a 3-byte BOM.
  if (bytes.length < plainText.length || bytes.length > plainText.length * 3 + 3) return false;
  return decodeSourceText(bytes) === plainText;
}
