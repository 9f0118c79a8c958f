import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReportWithSource } from './index.ts';
import { decodeProvenanceJson } from './provenance-json.ts';
import type { Provenance } from './model.ts';

const SEED = path.join(import.meta.dirname, 'test-fixtures', 'seed', 'henan-jiyuan-chengliu-2024.txt');

describe('provenance as JSON text (versions stored before provenance bytes)', () => {
  it('decodes the seed report’s provenance exactly as it was written then', async () => {
    const { report, document } = await readReportWithSource(new Uint8Array(readFileSync(SEED)), 'seed.txt');
    expect(Object.keys(report.sources).length).toBeGreaterThan(200);
    expect(decodeProvenanceJson(legacyEncoding(report.sources, document.plainText), document.plainText)).toEqual(report.sources);
  });

  it('keeps a text that differs from the plain text at its range, and every optional field', () => {
    const plainText = '全年共发布信息 166 条';
    const sources: Record<string, Provenance> = {
      'publications.total': { method: 'prose', range: { start: 8, end: 11 }, text: '共发布信息 166 条', note: '由正文读取' },
      'applications.granted.total': { method: 'cell', table: 3, row: 4, col: 7, page: 2, range: { start: 8, end: 11 }, text: '166' },
      'applications.denied.total': { method: 'derived' },
      'article20.penalty.decisions': { method: 'empty-as-zero', table: 1, row: 2, col: 3 },
    };
    const packed = legacyEncoding(sources, plainText);
    expect(packed).not.toContain('"166"'); // equal to the range: left out
    expect(decodeProvenanceJson(packed, plainText)).toEqual(sources);
  });

  it('skips what does not decode instead of failing the page', () => {
    expect(decodeProvenanceJson('not json', '')).toEqual({});
    expect(decodeProvenanceJson('{"a":1}', '')).toEqual({});
    expect(decodeProvenanceJson('[["a", [["b", 99], ["c", 0, 1, 2, 3], 5]], 7]', '')).toEqual({ 'a.c': { method: 'cell', table: 1, row: 2, col: 3 } });
  });
});

/** The JSON text as the import wrote it until provenance bytes replaced it. */
function legacyEncoding(sources: Record<string, Provenance>, plainText: string): string {
  const methods = ['cell', 'split', 'prose', 'derived', 'empty-as-zero'];
  const groups = new Map<string, unknown[][]>();
  for (const [key, p] of Object.entries(sources)) {
    const start = p.range?.start ?? null;
    const end = p.range?.end ?? null;
    const same = p.text !== undefined && start !== null && end !== null && plainText.slice(start, end) === p.text;
    const row: unknown[] = [key.slice(key.lastIndexOf('.') + 1), methods.indexOf(p.method), p.table ?? null, p.row ?? null, p.col ?? null, start, end, same ? 0 : (p.text ?? null), p.page ?? null, p.note ?? null];
    while (row.length > 2 && row[row.length - 1] === null) row.pop();
    const prefix = key.slice(0, Math.max(0, key.lastIndexOf('.')));
    groups.set(prefix, [...(groups.get(prefix) ?? []), row]);
  }
  return JSON.stringify([...groups]);
}
