import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReportWithSource } from './index.ts';
import type { Provenance } from './model.ts';
import { decodeProvenanceBytes, encodeProvenanceBytes, PROVENANCE_KEYS_V1 } from './provenance-bytes.ts';

const SEED = path.join(import.meta.dirname, 'test-fixtures', 'seed', 'henan-jiyuan-chengliu-2024.txt');

describe('provenance bytes', () => {
  it('round-trips the seed report’s provenance exactly, in under a tenth of its JSON', async () => {
    const { report, document } = await readReportWithSource(new Uint8Array(readFileSync(SEED)), 'seed.txt');
    const bytes = encodeProvenanceBytes(report.sources, document.plainText);
    expect(Object.keys(report.sources).length).toBeGreaterThan(200);
    expect(decodeProvenanceBytes(bytes, document.plainText)).toEqual(report.sources);
    expect(bytes.byteLength).toBeLessThan(JSON.stringify(report.sources).length / 10);
  });

  it('keeps every optional field, texts that differ from the range, negative numbers and keys outside the canonical list', () => {
    const plainText = '全年共发布信息 166 条';
    const sources: Record<string, Provenance> = {
      'publications.total': { method: 'prose', range: { start: 8, end: 11 }, text: '共发布信息 166 条', note: '由正文读取' },
      'applications.granted.total': { method: 'cell', table: 3, row: 4, col: 7, page: 2, range: { start: 8, end: 11 }, text: '166' },
      'applications.denied.total': { method: 'derived', note: '由正文读取' },
      'article20.penalty.decisions': { method: 'empty-as-zero', table: 1, row: 2, col: 3 },
      'x.odd"key': { method: 'split', table: -1, row: 2 ** 40, range: { start: 3, end: 0 }, text: '𠀀"\\\n', page: 0 },
    };
    const bytes = encodeProvenanceBytes(sources, plainText);
    expect(decodeProvenanceBytes(bytes, plainText)).toEqual(sources);
    // "166" equals the plain text at its range: left out of the bytes, restored from the text.
    const cellOnly = encodeProvenanceBytes({ 'applications.granted.total': sources['applications.granted.total']! }, plainText);
    expect(Buffer.from(cellOnly).includes(Buffer.from('166'))).toBe(false);
  });

  it('gives what it read before the damage for cut-off, unknown or junk bytes, never an error', async () => {
    const { report, document } = await readReportWithSource(new Uint8Array(readFileSync(SEED)), 'seed.txt');
    const bytes = encodeProvenanceBytes(report.sources, document.plainText);
    let previous = -1;
    for (let length = 0; length <= bytes.length; length += 7) {
      const decoded = decodeProvenanceBytes(bytes.subarray(0, length), document.plainText);
      const count = Object.keys(decoded).length;
      expect(count).toBeGreaterThanOrEqual(previous);
      for (const [key, value] of Object.entries(decoded)) expect(value).toEqual(report.sources[key]);
      previous = count;
    }
    expect(decodeProvenanceBytes(new Uint8Array([2, 0, 0]), '')).toEqual({});
    expect(decodeProvenanceBytes(new Uint8Array([1, 0, 5, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]), '')).toEqual({});
    expect(decodeProvenanceBytes(new Uint8Array(), '')).toEqual({});
  });

  it('pins the key list stored bytes refer to by position', () => {
    // Stored versions name keys by their index in this list. If this fails, the canonical list
    // changed: keep the old order here (append new keys at the end of CELLS, or freeze the old
    // list in provenance-bytes.ts and start format 2), or stored provenance decodes wrongly.
    expect(PROVENANCE_KEYS_V1.length).toBe(250);
    expect(createHash('sha256').update(PROVENANCE_KEYS_V1.join('\n')).digest('hex')).toBe('ef76a90f59ac34fcbf03625198c8eff27fef273f5d4a078234fea00a616cc403');
  });
});
