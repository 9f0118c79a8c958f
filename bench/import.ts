// npm run bench:import — end-to-end import throughput: N generated reports (text, HTML,
// DOCX, both national formats) read, checked and stored into a throwaway embedded
// PostgreSQL through the real pipeline. Prints reports/s and the database size.
// Usage: npx tsx bench/import.ts [--reports 10000] [--readers N] [--chunk 100]
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createPrismaClient } from '../lib/db/client.ts';
import { ensureDatabase } from '../lib/db/database.ts';
import { startEmbeddedPostgres } from '../lib/db/embedded-postgres.ts';
import { applyMigrations } from '../lib/db/schema-engine.ts';
import { generateDataset } from '../lib/demo/generate/dataset.ts';
import { runImportBatch } from '../lib/ingest/import-batch.ts';
import { createReadPool } from '../lib/ingest/read-pool.ts';
import { loadRegionCatalog, parseRegionCatalog } from '../lib/ingest/regions-catalog.ts';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

const target = option('reports', 10_000);
const readers = option('readers', Math.max(1, availableParallelism() - 1));
const chunkSize = option('chunk', 100);
const years = [2020, 2021, 2022, 2023, 2024, 2025];
const townsPerCounty = 20;
const counties = Math.max(1, Math.ceil(target / (townsPerCounty * years.length)));

// Only the files are kept, as an import from a folder has them: the generator's metadata for
// 10,000 reports is ~56 MB of small objects, which every full GC of this thread marked again.
const { regionsCsv, reports } = (() => {
  const dataset = generateDataset({ seed: 'bench', counties, townsPerCounty, years, formats: ['text', 'html', 'docx'] });
  return { regionsCsv: dataset.regionsCsv, reports: dataset.reports.slice(0, target).map(({ fileName, bytes }) => ({ fileName, bytes })) };
})();
const megabytes = reports.reduce((sum, r) => sum + r.bytes.byteLength, 0) / 1048576;
console.log(`generated ${reports.length} reports (${megabytes.toFixed(1)} MB; text/HTML/DOCX; 2019 and 2021 formats) in memory`);

/** A /proc stat file's fields after the command name (which may hold spaces): [1] ppid, [11] utime, [12] stime. */
function statFields(file: string): string[] {
  const stat = readFileSync(file, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

const MS_PER_TICK = 10; // USER_HZ is 100 on Linux

/**
 * CPU time (ms) of the PostgreSQL server and its backends: the postmaster (pid in its
 * postmaster.pid) and its children, from /proc (Linux only; 0 elsewhere). With the Node
 * process's own CPU time this gives the cost per report whatever else the machine runs.
 */
function postgresCpuMs(pgDir: string): number {
  try {
    const postmaster = Number(readFileSync(path.join(pgDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    let ticks = 0;
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const fields = statFields(`/proc/${entry}/stat`);
        if (Number(entry) === postmaster || Number(fields[1]) === postmaster) ticks += Number(fields[11]) + Number(fields[12]);
      } catch {
        // the process ended meanwhile
      }
    }
    return ticks * MS_PER_TICK;
  } catch {
    return 0;
  }
}

/** CPU time (ms) of some of this process's threads, by thread id (Linux only; 0 elsewhere). */
function threadsCpuMs(tids: readonly number[]): number {
  let ticks = 0;
  for (const tid of tids) {
    try {
      const fields = statFields(`/proc/self/task/${tid}/stat`);
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // not Linux, or the thread ended
    }
  }
  return ticks * MS_PER_TICK;
}

function threadIds(): number[] {
  try {
    return readdirSync('/proc/self/task').map(Number);
  } catch {
    return [];
  }
}

const dir = path.resolve('.data-bench', `import-${process.pid}`);
mkdirSync(dir, { recursive: true });
const server = await startEmbeddedPostgres(dir, { persistent: false });
const url = await ensureDatabase(server.url, 'bench');
await applyMigrations(url);
const db = createPrismaClient(url);
// The threads that appear with the pool are its workers (V8's GC and compiler threads and
// libuv's pool are the process's, started earlier): their CPU time is reading.
const threadsBefore = new Set(threadIds());
const pool = createReadPool(readers);
await Promise.all(reports.slice(0, readers).map((r) => pool.read(r.bytes, r.fileName)));
const readerThreads = threadIds().filter((tid) => !threadsBefore.has(tid));
try {
  await loadRegionCatalog(db, parseRegionCatalog(regionsCsv));
  const files = reports.map((r) => ({ name: r.fileName, size: r.bytes.byteLength, load: async () => r.bytes }));
  const started = performance.now();
  const nodeCpuBefore = process.cpuUsage();
  const pgCpuBefore = postgresCpuMs(path.join(dir, 'pg'));
  const mainCpuBefore = threadsCpuMs([process.pid]);
  const readerCpuBefore = threadsCpuMs(readerThreads);
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 200);
  const summary = await runImportBatch(db, files, { origin: 'cli', chunkSize, read: pool.read });
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  const nodeCpu = process.cpuUsage(nodeCpuBefore);
  const nodeMs = (nodeCpu.user + nodeCpu.system) / 1000 / reports.length;
  const mainMs = (threadsCpuMs([process.pid]) - mainCpuBefore) / reports.length;
  const readerMs = (threadsCpuMs(readerThreads) - readerCpuBefore) / reports.length;
  const pgMs = (postgresCpuMs(path.join(dir, 'pg')) - pgCpuBefore) / reports.length;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const size = (await client.query<{ size: string }>('SELECT pg_size_pretty(pg_database_size(current_database())) AS size')).rows[0]?.size;
  await client.end();
  console.log(`readers: ${readers} worker thread(s) + main thread storing; chunk ${chunkSize}; ${availableParallelism()} CPU(s)`);
  console.log(`imported ${summary.imported}, failed ${summary.failed.length} in ${seconds.toFixed(1)} s → ${(reports.length / seconds).toFixed(0)} reports/s`);
  console.log(
    `CPU per report: Node ${nodeMs.toFixed(2)} ms (read workers + main thread), PostgreSQL ${pgMs.toFixed(2)} ms` +
      ` → at most ${((availableParallelism() * 1000) / (nodeMs + pgMs)).toFixed(0)} reports/s on ${availableParallelism()} idle core(s)`,
  );
  console.log(
    `  Node by thread: reader worker(s) ${readerMs.toFixed(2)} ms, main thread (matching, storing) ${mainMs.toFixed(2)} ms,` +
      ` V8's GC and compiler threads ${(nodeMs - mainMs - readerMs).toFixed(2)} ms`,
  );
  console.log(`peak RSS ${(peakRss / 1048576).toFixed(0)} MB; database size ${size}`);
  if (summary.failed.length) console.log('first failures:', summary.failed.slice(0, 3));
} finally {
  await pool.close();
  await db.$disconnect();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
