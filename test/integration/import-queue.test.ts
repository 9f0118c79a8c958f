import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrismaClient } from '../../lib/db/client.ts';
import { createUploadBatch, processNextItem, stageFiles, startImportWorker } from '../../lib/ingest/import-queue.ts';
import { loadRegionCatalog, parseRegionCatalog } from '../../lib/ingest/regions-catalog.ts';
import { RegionIndex } from '../../lib/ingest/region-index.ts';
import { truncateAll } from './fixtures/insert-report.ts';

const seed = new Uint8Array(readFileSync(path.resolve('prisma/demo/henan-jiyuan-chengliu-2024.txt')));

describe('browser import queue (PostgreSQL job queue)', () => {
  const db = createPrismaClient(inject('databaseUrl'));
  beforeAll(async () => {
    await truncateAll(db);
    await loadRegionCatalog(db, parseRegionCatalog(readFileSync(path.resolve('prisma/demo/regions.csv'), 'utf8')));
  });
  afterAll(() => db.$disconnect());

  it('stages files, then processes them one by one with per-file outcomes', async () => {
    const batch = await createUploadBatch(db, { regionPath: ['河南省', '济源市'] });
    const ids = await stageFiles(db, batch.id, [
      { name: 'seed.txt', bytes: seed },
      { name: 'seed-again.txt', bytes: seed },
      { name: 'photo.png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]) },
    ]);
    expect(ids).toHaveLength(3);
    expect(await db.importItem.count({ where: { batchId: batch.id, status: 'pending' } })).toBe(3);

    const index = await RegionIndex.load(db);
    while (await processNextItem(db, index));
    const items = await db.importItem.findMany({ where: { batchId: batch.id }, orderBy: { id: 'asc' } });
    expect(items.map((i) => i.status)).toEqual(['imported', 'alreadyImported', 'failed']);
    expect(items[2]!.reason).toContain('不支持');
    expect(items.every((i) => i.stagedSha === null && i.finishedAt !== null)).toBe(true);
    expect((await db.importBatch.findUniqueOrThrow({ where: { id: batch.id } })).status).toBe('done');
    // The PNG's staged bytes are released; the report's source file is kept.
    expect(await db.sourceFile.count()).toBe(1);
  });

  it('refuses a batch for an unknown region up front', async () => {
    await expect(createUploadBatch(db, { regionPath: ['河南省', '无此市'] })).rejects.toThrow('未知地区');
  });

  it('runs as a background worker that picks up new uploads', async () => {
    const batch = await createUploadBatch(db, {});
    const worker = startImportWorker(db, { pollMs: 50 });
    try {
      await stageFiles(db, batch.id, [{ name: 'empty.txt', bytes: new TextEncoder().encode('   ') }]);
      await expect
        .poll(async () => (await db.importBatch.findUniqueOrThrow({ where: { id: batch.id } })).status, { timeout: 10_000 })
        .toBe('done');
      const item = await db.importItem.findFirstOrThrow({ where: { batchId: batch.id } });
      expect(item.status).toBe('failed');
    } finally {
      await worker.stop();
    }
  });
});
