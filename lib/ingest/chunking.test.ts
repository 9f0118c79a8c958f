import { describe, expect, it } from 'vitest';
import { storableText } from './read-file.ts';
import { jsonArrayBytes, packValues, partitionUnique, type StoreInput } from './store-reports.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

const input = (sha: string, townId: number, year: number, size = 10): StoreInput => ({
  sha256: sha,
  bytes: new Uint8Array(size),
  fileName: `${sha}.txt`,
  read: { year } as StoreInput['read'],
  stored: { read: utf8('{}'), crossYear: utf8('{}'), provenance: new Uint8Array(), plainText: null },
  town: { id: townId, parentId: null, level: 'township', name: `t${townId}`, synthetic: false },
});

describe('partitionUnique', () => {
  it('keeps order and starts a new run at a repeated town-year or file', () => {
    const runs = partitionUnique([input('a', 1, 2024), input('b', 2, 2024), input('c', 1, 2024), input('a', 3, 2023), input('d', 4, 2024)]);
    expect(runs.map((run) => run.map((i) => i.sha256))).toEqual([['a', 'b'], ['c', 'a', 'd']]);
  });
  it('keeps each run within the byte budget, but never leaves a large file alone without a run', () => {
    const big = 20 * 1024 * 1024;
    const runs = partitionUnique([input('a', 1, 2024, big), input('b', 2, 2024, big), input('c', 3, 2024, 5)]);
    expect(runs.map((run) => run.map((i) => i.sha256))).toEqual([['a'], ['b', 'c']]);
  });
});

describe('splitIntoChunks', () => {
  it('cuts by count and by bytes', async () => {
    const { splitIntoChunks } = await import('./import-batch.ts');
    const files = [30, 30, 1, 1, 1].map((mb, i) => ({ name: String(i), size: mb * 1024 * 1024 }));
    expect(splitIntoChunks(files, 2).map((c) => c.map((f) => f.name))).toEqual([['0', '1'], ['2', '3'], ['4']]);
    expect(splitIntoChunks([...files, { name: 'big', size: 70 * 1024 * 1024 }, { name: 'x', size: 1 }], 100).map((c) => c.map((f) => f.name))).toEqual([
      ['0', '1', '2', '3', '4'],
      ['big'],
      ['x'],
    ]);
  });
});

describe('packValues', () => {
  it('concatenates UTF-8 texts and bytes with 1-based starts and byte lengths', () => {
    const { blob, starts, lengths } = packValues([utf8('ab'), utf8(''), utf8('表𠀀'), new Uint8Array([0, 255])]);
    expect(starts).toEqual([1, 3, 3, 10]);
    expect(lengths).toEqual([2, 0, 7, 2]);
    expect(blob.subarray(starts[2]! - 1, starts[2]! - 1 + lengths[2]!).toString('utf8')).toBe('表𠀀');
    expect([...blob.subarray(9)]).toEqual([0, 255]);
  });
  it('gives a null value a null length and no bytes (SQL substring then returns null)', () => {
    const { blob, starts, lengths } = packValues([utf8('ab'), null, utf8('c')]);
    expect(lengths).toEqual([2, null, 1]);
    expect(starts).toEqual([1, 3, 3]);
    expect(blob.toString('utf8')).toBe('abc');
  });
  it('jsonArrayBytes writes the JSON texts as one array', () => {
    expect(JSON.parse(jsonArrayBytes([utf8('{"a":"表"}'), utf8('[1]'), utf8('null')]).toString('utf8'))).toEqual([{ a: '表' }, [1], null]);
    expect(jsonArrayBytes([]).toString('utf8')).toBe('[]');
  });
  it('storableText replaces NUL by U+FFFD, keeping the length', () => {
    expect(storableText('a\u0000b\u0000')).toBe('a\ufffdb\ufffd');
    expect(storableText('plain')).toBe('plain');
  });
});
