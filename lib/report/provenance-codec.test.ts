import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReportWithSource } from './index.ts';
import { decodeProvenance, encodeProvenance } from './provenance-codec.ts';
import type { Provenance } from './model.ts';

const SEED = path.join(import.meta.dirname, 'test-fixtures', 'seed', 'henan-jiyuan-chengliu-2024.txt');

describe('provenance codec', () => {
  it('round-trips the seed report’s provenance exactly, in a third of the JSON', async () => {
    const { report, document } = await readReportWithSource(new Uint8Array(readFileSync(SEED)), 'seed.txt');
    const packed = encodeProvenance(report.sources, document.plainText);
    expect(decodeProvenance(packed, document.plainText)).toEqual(report.sources);
    expect(Object.keys(report.sources).length).toBeGreaterThan(200);
    expect(packed.length).toBeLessThan(JSON.stringify(report.sources).length / 2.5);
  });

  it('keeps a text that differs from the plain text at its range, and every optional field', () => {
    const plainText = '全年共发布信息 166 条';
    const sources: Record<string, Provenance> = {
      'publications.total': { method: 'prose', range: { start: 8, end: 11 }, text: '共发布信息 166 条', note: '由正文读取' },
      'applications.granted.total': { method: 'cell', table: 3, row: 4, col: 7, page: 2, range: { start: 8, end: 11 }, text: '166' },
      'applications.denied.total': { method: 'derived' },
      'article20.penalty.decisions': { method: 'empty-as-zero', table: 1, row: 2, col: 3 },
    };
    const packed = encodeProvenance(sources, plainText);
    expect(packed).toContain('共发布信息 166 条');
    expect(packed).not.toContain('"166"'); // equal to the range: left out
    expect(decodeProvenance(packed, plainText)).toEqual(sources);
  });

  it('skips what does not decode instead of failing the page', () => {
    expect(decodeProvenance('not json', '')).toEqual({});
    expect(decodeProvenance('{"a":1}', '')).toEqual({});
    expect(decodeProvenance('[["a", [["b", 99], ["c", 0, 1, 2, 3], 5]], 7]', '')).toEqual({ 'a.c': { method: 'cell', table: 1, row: 2, col: 3 } });
  });
});
