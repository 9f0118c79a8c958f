// decodeStrictUtf8 must decode exactly as TextDecoder('utf-8', { fatal: true }) does (it replaced
// it for speed): the same text for valid bytes, undefined wherever TextDecoder throws.
import { describe, expect, it } from 'vitest';
import { makeRng } from '../test-fixtures/mutate.ts';
import { decodeStrictUtf8 } from './utf8.ts';

const reference = new TextDecoder('utf-8', { fatal: true });
const expected = (bytes: Uint8Array): string | undefined => {
  try {
    return reference.decode(bytes);
  } catch {
    return undefined;
  }
};

// Bytes at the edges of every rule: ASCII, continuation ranges, C0/C1, E0/ED/F0/F4 limits, F5–FF, the BOM.
const EDGES = [0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbb, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xff];

describe('decodeStrictUtf8', () => {
  it('agrees with TextDecoder on every sequence of up to four edge bytes', { timeout: 60_000 }, () => {
    const differing: number[][] = [];
    const check = (bytes: number[]) => {
      const array = Uint8Array.from(bytes);
      if (decodeStrictUtf8(array) !== expected(array)) differing.push(bytes);
    };
    for (const a of EDGES) {
      check([a]);
      for (const b of EDGES) {
        check([a, b]);
        for (const c of EDGES) {
          check([a, b, c]);
          // Only a four-byte lead (F0–F4, and the invalid F5–FF) makes a fourth byte matter.
          if (a >= 0xf0) for (const d of EDGES) check([a, b, c, d]);
        }
      }
    }
    expect(differing).toEqual([]);
  });

  it('agrees with TextDecoder on text mixed with stray bytes, cut anywhere', { timeout: 60_000 }, () => {
    const pieces = ['a', '中', 'é', '😀', '\uFEFF', '\u0000', '€'].map((s) => Array.from(new TextEncoder().encode(s)));
    const differing: number[][] = [];
    for (let i = 0; i < 20_000; i++) {
      const rng = makeRng(i);
      const bytes: number[] = [];
      for (let k = rng.int(24); k > 0; k--) bytes.push(...(rng.next() < 0.1 ? [rng.int(256)] : rng.pick(pieces)));
      if (rng.next() < 0.2) bytes.length = rng.int(bytes.length + 1);
      const array = Uint8Array.from(bytes);
      if (decodeStrictUtf8(array) !== expected(array)) differing.push(bytes);
    }
    expect(differing).toEqual([]);
  });

  it('drops one leading BOM, as TextDecoder does, and reads past its own buffer size', () => {
    const text = '\uFEFF\uFEFF政府信息公开'.repeat(30_000);
    const bytes = new TextEncoder().encode(text);
    expect(decodeStrictUtf8(bytes)).toBe(expected(bytes));
    // 40 whole repetitions (24 bytes each): valid, starting with two BOMs of which one is dropped.
    expect(decodeStrictUtf8(bytes.subarray(0, 960))).toBe(text.slice(1, 320));
    expect(expected(bytes.subarray(0, 960))).toBe(text.slice(1, 320));
  });
});
