// `npm run bench:export` (npx tsx bench/export.ts): throughput and memory of the long CSV
// extract on a large database. Builds a throwaway embedded PostgreSQL with set-based SQL
// (BENCH_REPORTS reports, default 240,000, × the ~230 numeric cells of a 2021-format report),
// then streams the national long extract through the real exporter (the same function the
// /api/export/long route uses) into nothing, sampling RSS while it runs.
//   BENCH_REPORTS=24000 npx tsx bench/export.ts     a tenth, for a quick look
//   BENCH_KEEP=1                                    keep the database for a re-run (skips the build)
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { ensureDatabase } from '../lib/db/database.ts';
import { startEmbeddedPostgres } from '../lib/db/embedded-postgres.ts';
import { applyMigrations } from '../lib/db/schema-engine.ts';
import { COLUMNS_BY_KIND } from '../lib/export/columns.ts';
import { formatCsvHeader } from '../lib/export/csv.ts';
import { openCsvCursorStream } from '../lib/export/cursor-stream.ts';
import { formatLongRows } from '../lib/export/long-rows.ts';
import { dashboardFilterSchema } from '../lib/queries/filter.ts';
import { buildLongQuery, buildReportCondition } from '../lib/queries/export-sql.ts';
import { listCellsForFormat } from '../lib/report/format.ts';

const REPORTS = Number(process.env.BENCH_REPORTS ?? 240_000);
const YEARS = 6; // 2019–2024: towns = reports / years
const KEEP = process.env.BENCH_KEEP === '1';
// Its own folder: other benchmarks use .data-bench/ and .data-bench-queries/.
const DATA_DIR = path.resolve('.data-bench-export', KEEP ? 'kept' : `run-${process.pid}`);
const MB = 1024 * 1024;

const log = (message: string) => process.stdout.write(`${new Date().toISOString().slice(11, 19)} ${message}\n`);

/** Set-based load: regions, units, reports, then versions with their cells (one jsonb each) as one INSERT … SELECT. */
async function buildDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const towns = Math.ceil(REPORTS / YEARS);
  const keys = listCellsForFormat('2021').filter((c) => c.kind !== 'text').map((c) => c.key);
  const run = async (label: string, sql: string, values: unknown[] = []) => {
    const started = performance.now();
    const result = await client.query(sql, values);
    log(`  ${label}: ${result.rowCount ?? 0} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  };
  await client.query("SET synchronous_commit = off; SET maintenance_work_mem = '1GB'; SET work_mem = '256MB'");
  await run('regions', `
    INSERT INTO "Region" (id, "parentId", level, name, synthetic) VALUES (1, NULL, 'province', '基准省', true);
    INSERT INTO "Region" (id, "parentId", level, name, synthetic)
      SELECT 1 + c, 1, 'city', '基准市' || c, true FROM generate_series(1, 30) c;
    INSERT INTO "Region" (id, "parentId", level, name, synthetic)
      SELECT 100 + k, 1 + (k % 30) + 1, 'county', '基准县' || k, true FROM generate_series(1, 600) k;
    INSERT INTO "Region" (id, "parentId", level, name, synthetic)
      SELECT 1000 + t, 100 + (t % 600) + 1, 'township', '基准' || t || '镇', true FROM generate_series(1, ${towns}) t;
    SELECT setval(pg_get_serial_sequence('"Region"', 'id'), (SELECT max(id) FROM "Region"))`);
  await run('units', `INSERT INTO "Unit" (id, "regionId", name) SELECT id, id, name || '人民政府' FROM "Region" WHERE level = 'township'`);
  await run('source file', `INSERT INTO "SourceFile" (sha256, bytes, size) VALUES ('bench', '\\x00', 1)`);
  await run('reports', `
    INSERT INTO "Report" (id, "townId", "countyId", "cityId", "provinceId", "unitId", year, synthetic, "formatVersion",
                          publications, received, granted, penalties, "findingCount", "updatedAt")
    SELECT row_number() OVER (), t.id, t."parentId", k."parentId", 1, t.id, y, true, '2021',
           (random() * 900)::int, (random() * 20)::int, (random() * 10)::int, (random() * 30)::int, 0, now()
    FROM "Region" t JOIN "Region" k ON k.id = t."parentId", generate_series(2019, 2018 + ${YEARS}) y
    WHERE t.level = 'township' LIMIT ${REPORTS}`);
  // Each version's value trees as the reader stores them in `read` (section → row → column), with
  // its own random values; the long extract flattens them back to dotted keys.
  const tableKeys = keys.filter((key) => key.split('.').length === 3).map((key) => key.split('.'));
  await run('versions', `
    INSERT INTO "ReportVersion" (id, "reportId", status, "sourceSha256", "sourceName", "sourceKind", "readerVersion", "formatVersion", "unitName", read, "plainText")
    SELECT r.id, r.id, 'active', 'bench', 'bench.txt', 'text', 'bench', '2021', u.name,
      jsonb_build_object('publications', jsonb_build_object('total', floor(random() * 900)), 'overview', jsonb_build_object('applicationsStated', floor(random() * 20)))
      || (SELECT jsonb_object_agg(sec, rows) FROM (
            SELECT sec, jsonb_object_agg(rw, cols) AS rows FROM (
              SELECT k.sec, k.rw, jsonb_object_agg(k.col, CASE WHEN k.col = 'amountWan' THEN round((random() * 50)::numeric, 2)::float8 ELSE floor(random() * 40) END) AS cols
              FROM unnest($1::text[], $2::text[], $3::text[]) AS k(sec, rw, col) WHERE r.id > 0 GROUP BY k.sec, k.rw) byRow
            GROUP BY sec) bySection), ''
    FROM "Report" r JOIN "Unit" u ON u.id = r."unitId"`, [tableKeys.map((k) => k[0]), tableKeys.map((k) => k[1]), tableKeys.map((k) => k[2])]); // r.id > 0: correlated, so each version draws its own values
  await run('active versions', 'UPDATE "Report" SET "activeVersionId" = id');
  // A live database has been vacuumed; without it the first read of every page sets hint bits.
  await run('vacuum', 'VACUUM (FREEZE, ANALYZE)');
  await client.end();
}

type Sample = { at: number; rss: number; bytes: number };

async function streamLongExtract(url: string): Promise<void> {
  const filter = dashboardFilterSchema.parse({});
  const stream = await openCsvCursorStream({
    query: buildLongQuery(buildReportCondition(filter, null)),
    head: formatCsvHeader(COLUMNS_BY_KIND.long),
    batchSize: 25,
    formatBatch: formatLongRows,
    databaseUrl: url,
  });
  global.gc?.();
  const baseline = process.memoryUsage().rss;
  const started = performance.now();
  let bytes = 0;
  let lines = 0;
  let firstByteMs = 0;
  const samples: Sample[] = [];
  const timer = setInterval(() => samples.push({ at: performance.now() - started, rss: process.memoryUsage().rss, bytes }), 100);
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!firstByteMs) firstByteMs = performance.now() - started;
    bytes += value.byteLength;
    for (let i = 0; i < value.length; i++) if (value[i] === 10) lines++;
  }
  clearInterval(timer);
  const seconds = (performance.now() - started) / 1000;
  const peak = Math.max(baseline, ...samples.map((s) => s.rss));
  const at = (fraction: number) => samples.find((s) => s.bytes >= bytes * fraction)?.rss ?? baseline;
  log(`long extract: ${lines - 1} data lines, ${(bytes / MB).toFixed(1)} MB in ${seconds.toFixed(1)} s = ${(bytes / MB / seconds).toFixed(1)} MB/s`);
  log(`  first byte after ${firstByteMs.toFixed(0)} ms; ${((lines - 1) / seconds / 1000).toFixed(0)}k lines/s`);
  log(`  RSS: before ${(baseline / MB).toFixed(0)} MB, peak ${(peak / MB).toFixed(0)} MB; at 10% / 50% / 90% of the output: ${[0.1, 0.5, 0.9].map((f) => (at(f) / MB).toFixed(0)).join(' / ')} MB`);
  if (REPORTS < 240_000) {
    log(`  extrapolated to 240,000 reports: ${((bytes / MB) * (240_000 / REPORTS) / 1024).toFixed(1)} GB in ~${((seconds * 240_000) / REPORTS / 60).toFixed(1)} min at the same rate`);
  }
}

async function main(): Promise<void> {
  const built = KEEP && existsSync(path.join(DATA_DIR, 'built'));
  const server = await startEmbeddedPostgres(DATA_DIR, { persistent: KEEP });
  try {
    const url = await ensureDatabase(server.url, 'gongkai_bench');
    if (!built) {
      log(`building ${REPORTS.toLocaleString('en')} reports in ${DATA_DIR} …`);
      await applyMigrations(url);
      await buildDatabase(url);
      if (KEEP) (await import('node:fs')).writeFileSync(path.join(DATA_DIR, 'built'), String(REPORTS));
    }
    await streamLongExtract(url);
  } finally {
    await server.stop();
    if (!KEEP) rmSync(DATA_DIR, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
