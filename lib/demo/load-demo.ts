// Demo data for a fresh database, loaded by `npm start` when there are no reports yet, through
// the real import pipeline: the user's example report (承留镇, 济源市, 河南省, 2024, from
// prisma/demo) and a generated set of 3 counties × 12 towns × 2020–2025 in the clearly
// fictional 示例省 (regions flagged synthetic; the UI marks them 示例数据).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/client.ts';
import { generateDataset } from './generate/dataset.ts';
import { runImportBatch, type BatchFile } from '../ingest/import-batch.ts';
import { createReadPool } from '../ingest/read-pool.ts';
import { loadRegionCatalog, parseRegionCatalog } from '../ingest/regions-catalog.ts';
import { logger } from '../logger.ts';

const DEMO_DIR = path.resolve('prisma', 'demo');
const SEED_FILE = 'henan-jiyuan-chengliu-2024.txt';

function fileFromDisk(dir: string, name: string): BatchFile {
  const bytes = new Uint8Array(readFileSync(path.join(dir, name)));
  return { name, size: bytes.byteLength, load: async () => bytes };
}

const DEMO_SET = { counties: 3, townsPerCounty: 12, years: [2020, 2021, 2022, 2023, 2024, 2025] };

/** `synthetic: false` loads only the seed report (tests that need a known, tiny data set). */
export async function loadDemoDataIfEmpty(db: Db, options: { synthetic?: typeof DEMO_SET | false } = {}): Promise<boolean> {
  if ((await db.report.count()) > 0) return false;
  await loadRegionCatalog(db, parseRegionCatalog(readFileSync(path.join(DEMO_DIR, 'regions.csv'), 'utf8'), 'prisma/demo/regions.csv'));
  const synthetic = options.synthetic ?? DEMO_SET;
  const dataset = synthetic ? generateDataset({ seed: 'gongkai-demo', ...synthetic, formats: ['text', 'html', 'docx'] }) : null;
  if (dataset) await loadRegionCatalog(db, parseRegionCatalog(dataset.regionsCsv, 'generated regions'));
  const files: BatchFile[] = [
    fileFromDisk(DEMO_DIR, SEED_FILE),
    ...(dataset?.reports.map((r) => ({ name: r.fileName, size: r.bytes.byteLength, load: async () => r.bytes })) ?? []),
  ];
  logger.info({ files: files.length }, 'loading demo data through the import pipeline (first start only)');
  const pool = createReadPool(files.length >= 50 ? undefined : 0);
  const summary = await runImportBatch(db, files, { origin: 'demo', actor: { cli: true, name: 'demo' }, read: pool.read }).finally(() => pool.close());
  // The generator's deliberate faults are findings, not failures: every file must import.
  if (summary.failed.length) throw new Error(`demo data could not be imported: ${summary.failed.map((f) => `${f.file}: ${f.reason}`).join('; ')}`);
  logger.info({ imported: summary.imported }, 'demo data loaded');
  return true;
}
