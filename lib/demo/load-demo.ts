// Demo data for a fresh database, loaded by `npm start` when there are no reports yet, through
// the real import pipeline: the user's example report (承留镇, 济源市, 河南省, 2024, from
// prisma/demo) and, once the generator exists, a synthetic county set (clearly fictional).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/client.ts';
import { runImportBatch, type BatchFile } from '../ingest/import-batch.ts';
import { loadRegionCatalog, parseRegionCatalog } from '../ingest/regions-catalog.ts';
import { logger } from '../logger.ts';

const DEMO_DIR = path.resolve('prisma', 'demo');
const SEED_FILE = 'henan-jiyuan-chengliu-2024.txt';

function fileFromDisk(dir: string, name: string): BatchFile {
  const bytes = new Uint8Array(readFileSync(path.join(dir, name)));
  return { name, size: bytes.byteLength, load: async () => bytes };
}

export async function loadDemoDataIfEmpty(db: Db): Promise<boolean> {
  if ((await db.report.count()) > 0) return false;
  await loadRegionCatalog(db, parseRegionCatalog(readFileSync(path.join(DEMO_DIR, 'regions.csv'), 'utf8'), 'prisma/demo/regions.csv'));
  const summary = await runImportBatch(db, [fileFromDisk(DEMO_DIR, SEED_FILE)], { origin: 'demo', actor: { cli: true, name: 'demo' } });
  if (summary.failed.length) throw new Error(`demo data could not be imported: ${summary.failed.map((f) => `${f.file}: ${f.reason}`).join('; ')}`);
  logger.info({ imported: summary.imported }, 'demo data loaded');
  return true;
}
