import { listNumericCells, type ValueTrees } from '../../lib/report/cells.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrismaClient } from '../../lib/db/client.ts';
import { loadDemoDataIfEmpty } from '../../lib/demo/load-demo.ts';
import { runImportBatch, type BatchFile } from '../../lib/ingest/import-batch.ts';
import { decodeProvenanceBytes } from '../../lib/report/provenance-bytes.ts';
import { decodeSourceText } from '../../lib/report/source-text.ts';
import { truncateAll } from './fixtures/insert-report.ts';

const seedBytes = new Uint8Array(readFileSync(path.resolve('prisma/demo/henan-jiyuan-chengliu-2024.txt')));
const asFile = (name: string, bytes: Uint8Array): BatchFile => ({ name, size: bytes.byteLength, load: async () => bytes });
const textFile = (name: string, text: string) => asFile(name, new TextEncoder().encode(text));

describe('import pipeline (real reader, real PostgreSQL)', () => {
  const db = createPrismaClient(inject('databaseUrl'));
  beforeAll(() => truncateAll(db));
  afterAll(() => db.$disconnect());

  it('loads the demo report with its figures, cells and source file', async () => {
    expect(await loadDemoDataIfEmpty(db, { synthetic: false })).toBe(true);
    const report = await db.report.findFirstOrThrow({ include: { town: true, unit: true, activeVersion: { include: { source: true, findings: true } } } });
    expect(report.town.name).toBe('承留镇');
    expect(report.unit.name).toBe('承留镇人民政府');
    expect(report.year).toBe(2024);
    expect([report.publications, report.received, report.penalties, report.granted, report.unavailable, report.otherOutcome]).toEqual([737, 4, 10, 1, 2, 1]);
    expect(report.reviews).toBe(1);
    expect(Buffer.from(report.activeVersion!.source.bytes).equals(Buffer.from(seedBytes))).toBe(true);
    expect(report.activeVersion!.findings.filter((f) => ['R1', 'R2', 'R3', 'R4'].includes(f.rule))).toEqual([]);
    const cells = new Map(listNumericCells(report.activeVersion!.read as ValueTrees).map((c) => [c.key, c.value]));
    expect(cells.get('applications.unavailableNotHeld.naturalPerson')).toBe(2);
    expect(cells.size).toBeGreaterThan(200);
    expect(report.activeVersion!.read).not.toHaveProperty('sources'); // packed in `provenanceBytes` instead
    // The seed is UTF-8 text: its plain text is the file itself, not stored a second time.
    expect(report.activeVersion!.plainText).toBeNull();
    const sources = decodeProvenanceBytes(report.activeVersion!.provenanceBytes!, decodeSourceText(seedBytes)!);
    expect(sources['publications.total']).toMatchObject({ method: 'prose', text: expect.stringContaining('737') });
    expect(Object.keys(sources).length).toBeGreaterThan(200);
    expect(await loadDemoDataIfEmpty(db, { synthetic: false })).toBe(false);
  });

  it('says "already imported" for the same bytes, under any file name', async () => {
    const summary = await runImportBatch(db, [asFile('copy-of-seed.txt', seedBytes)], { origin: 'cli' });
    expect([summary.imported, summary.alreadyImported, summary.replaced, summary.failed]).toEqual([0, 1, 0, []]);
    expect(await db.reportVersion.count()).toBe(1);
  });

  it('keeps the old version when a corrected file replaces it', async () => {
    const corrected = new TextDecoder().decode(seedBytes).replace('全年共发布信息 737 条', '全年共发布信息 738 条');
    const summary = await runImportBatch(db, [textFile('chengliu-2024-v2.txt', corrected)], { origin: 'cli' });
    expect(summary.replaced).toBe(1);
    const report = await db.report.findFirstOrThrow({ include: { versions: { orderBy: { id: 'asc' } } } });
    expect(report.publications).toBe(738);
    expect(report.versions.map((v) => v.status)).toEqual(['superseded', 'active']);
    expect(report.activeVersionId).toBe(report.versions[1]!.id);
  });

  it('fails clearly for junk, empty and unknown-town files without storing anything', async () => {
    const before = await db.reportVersion.count();
    const unknownTown = new TextDecoder().decode(seedBytes).replaceAll('承留镇', '不存在镇');
    const summary = await runImportBatch(db, [
      asFile('junk.bin', new Uint8Array([0x00, 0xff, 0x13, 0x37, 0x00, 0x00, 0x89, 0x50])),
      asFile('empty.txt', new Uint8Array()),
      textFile('unknown-town-2024.txt', unknownTown),
    ], { origin: 'cli' });
    expect(summary.failed.map((f) => f.file)).toEqual(['junk.bin', 'empty.txt', 'unknown-town-2024.txt']);
    expect(summary.failed[2]!.reason).toContain('不存在镇');
    expect(await db.reportVersion.count()).toBe(before);
    const items = await db.importItem.findMany({ where: { batchId: summary.batchId }, orderBy: { id: 'asc' } });
    expect(items.map((i) => i.status)).toEqual(['failed', 'failed', 'failed']);
  });

  it('refuses an unknown --region and creates a town only when asked', async () => {
    const otherTown = new TextDecoder().decode(seedBytes).replaceAll('承留镇', '新建镇');
    await expect(runImportBatch(db, [textFile('x.txt', otherTown)], { origin: 'cli', regionPath: ['河南省', '不存在市'] })).rejects.toThrow('未知地区');
    const summary = await runImportBatch(db, [textFile('xinjian-2024.txt', otherTown)], { origin: 'cli', regionPath: ['河南省', '济源市'], createTowns: true });
    expect(summary.imported).toBe(1);
    expect(summary.createdTowns).toEqual(['河南省/济源市/新建镇']);
  });
});
