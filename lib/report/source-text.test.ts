import { describe, expect, it } from 'vitest';
import { decodeSourceText, isSourceText } from './source-text.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('source text', () => {
  it('is the file decoded as UTF-8, BOM dropped; invalid UTF-8 is not text', () => {
    expect(decodeSourceText(utf8('报告 2024\n'))).toBe('报告 2024\n');
    expect(decodeSourceText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBe('a');
    expect(decodeSourceText(new Uint8Array([0xb1, 0xa8, 0xb8, 0xe6]))).toBeUndefined(); // 报告 in GBK
  });

  it('recognises a plain text that is exactly the file, and nothing else', () => {
    expect(isSourceText(utf8('一、总体情况\n𠀀'), '一、总体情况\n𠀀')).toBe(true);
    expect(isSourceText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), 'a')).toBe(true);
    expect(isSourceText(utf8('a\r\nb'), 'a\nb')).toBe(false);
    expect(isSourceText(utf8('<p>a</p>'), 'a')).toBe(false);
    expect(isSourceText(new Uint8Array([0xb1, 0xa8, 0xb8, 0xe6]), '报告')).toBe(false);
    expect(isSourceText(new Uint8Array(), '')).toBe(true);
  });
});
