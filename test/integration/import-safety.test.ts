import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrismaClient, type Db } from '../../lib/db/client.ts';
import { generateDataset } from '../../lib/demo/generate/dataset.ts';
import { writeDataset } from '../../lib/demo/generate/write-dataset.ts';
import { runImportBatch, type BatchFile } from '../../lib/ingest/import-batch.ts';
import { loadRegionCatalog, parseRegionCatalog } from '../../lib/ingest/regions-catalog.ts';
import { truncateAll } from './fixtures/insert-report.ts';

const dataset = generateDataset({ seed: 'safety', counties: 1, townsPerCounty: 6, years: [2021, 2022, 2023, 2024], formats: ['text', 'html', 'docx'], faultRate: 0 });
const asFiles = (reports: typeof dataset.reports): BatchFile[] => reports.map((r) => ({ name: r.fileName, size: r.bytes.byteLength, load: async () => r.bytes }));

/** The invariants a crash must never break: every unit-year has an active version with its cells. */
async function expectConsistent(db: Db) {
  const broken = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM "Report" r LEFT JOIN "ReportVersion" v ON v.id = r."activeVersionId"
    WHERE v.id IS NULL OR v.status <> 'active' OR v.read->'applications' IS NULL OR v."provenanceBytes" IS NULL`;
  expect(broken[0]!.n).toBe(0);
  const wrongCount = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM "Report" r WHERE r."findingCount" <> (SELECT count(*) FROM "Finding" f WHERE f."versionId" = r."activeVersionId")`;
  expect(wrongCount[0]!.n).toBe(0);
  const doubleActive = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM (SELECT "reportId" FROM "ReportVersion" WHERE status = 'active' GROUP BY "reportId" HAVING count(*) > 1) x`;
  expect(doubleActive[0]!.n).toBe(0);
}

describe('import safety', () => {
  const databaseUrl = inject('databaseUrl');
  const db = createPrismaClient(databaseUrl);
  beforeAll(async () => {
    await truncateAll(db);
    await loadRegionCatalog(db, parseRegionCatalog(dataset.regionsCsv));
  });
  afterAll(() => db.$disconnect());

  it('R6 appears when the previous year arrives and disappears when it is corrected', async () => {
    const town = dataset.reports.filter((r) => r.meta.regionPath === dataset.reports[0]!.meta.regionPath);
    const [y2021, y2022] = [town.find((r) => r.meta.year === 2021)!, town.find((r) => r.meta.year === 2022)!];
    await runImportBatch(db, asFiles([y2022]), { origin: 'cli' });
    const r6 = () => db.finding.count({ where: { rule: 'R6', version: { status: 'active' } } });
    expect(await r6()).toBe(0);
    // As a version stored before the crossYear column existed: R6 reads 2022 from its whole report.
    expect(await db.$executeRaw`UPDATE "ReportVersion" SET "crossYear" = NULL`).toBe(1);
    // A 2021 report whose 结转下年度 (carried forward) disagrees with 2022's 上年结转.
    const text = new TextDecoder().decode(y2021.bytes);
    const broken = text.replace(/(四、结转下年度继续办理[^\n]*?)(\d+)(\s*\n|<)/, (_m, label: string, n: string, end: string) => `${label}${Number(n) + 7}${end}`);
    expect(broken).not.toBe(text);
    const first = await runImportBatch(db, [{ name: 'broken-2021.txt', size: 1, load: async () => new TextEncoder().encode(broken) }], { origin: 'cli' });
    expect(first.imported).toBe(1);
    expect(await r6()).toBeGreaterThan(0);
    await expectConsistent(db); // the 2022 report's finding count includes its new R6 finding
    await runImportBatch(db, asFiles([y2021]), { origin: 'cli' });
    expect(await r6()).toBe(0);
    await expectConsistent(db);
  });

  it('two overlapping imports at once store each report once', async () => {
    const files = asFiles(dataset.reports);
    const [a, b] = await Promise.all([
      runImportBatch(db, files.slice(0, 18), { origin: 'cli', chunkSize: 5 }),
      runImportBatch(db, files.slice(6), { origin: 'cli', chunkSize: 7 }),
    ]);
    expect(a.failed).toEqual([]);
    expect(b.failed).toEqual([]);
    const shas = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (SELECT "sourceSha256" FROM "ReportVersion" GROUP BY 1 HAVING count(*) > 1) x`;
    expect(shas[0]!.n).toBe(0);
    expect(await db.report.count()).toBe(dataset.reports.length);
    await expectConsistent(db);
  });

  it('a kill -9 in the middle leaves nothing half-written, and rerunning finishes the job', async () => {
    await truncateAll(db);
    const big = generateDataset({ seed: 'kill', counties: 2, townsPerCounty: 25, years: [2020, 2021, 2022, 2023, 2024, 2025], formats: ['text', 'html', 'docx'], faultRate: 0 });
    const out = mkdtempSync(path.join(tmpdir(), 'gongkai-kill-'));
    try {
      writeDataset(big, out);
      const runImport = () =>
        spawn(process.execPath, ['--import', 'tsx', 'lib/cli/main.ts', 'import', out], { env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' }, stdio: ['ignore', 'pipe', 'pipe'] });
      const victim = runImport();
      await new Promise<void>((resolve) => {
        victim.stderr.on('data', (chunk: Buffer) => {
          if (/^\d+\/\d+ /m.test(chunk.toString())) resolve();
        });
        victim.on('exit', () => resolve());
      });
      victim.kill('SIGKILL');
      await new Promise((resolve) => victim.on('close', resolve));
      await expectConsistent(db);
      const stored = await db.report.count();
      expect(stored).toBeLessThan(big.reports.length);
      const rerun = runImport();
      const code = await new Promise<number | null>((resolve) => rerun.on('close', resolve));
      expect(code).toBe(0);
      expect(await db.report.count()).toBe(big.reports.length);
      await expectConsistent(db);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 300_000);
});
