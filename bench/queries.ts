// Benchmark of the dashboard's queries (`npx tsx bench/queries.ts [--reports 240000|0.25] [--runs 30]`):
// builds a national-shaped database in a throwaway embedded PostgreSQL (bench/bench-data.ts,
// set-based SQL), then times every page's query functions, as the pages call them, for a
// county, a city and a province scope (and the whole country, for information). Prints p50/p95
// in milliseconds per query and scope. Goal: p95 ≤ 50 ms.
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ensureDatabase } from '../lib/db/database.ts';
import { startEmbeddedPostgres } from '../lib/db/embedded-postgres.ts';
import { applyMigrations } from '../lib/db/schema-engine.ts';
import { generateNationalData, provincesFor } from './bench-data.ts';

const NATIONAL_REPORTS = 240_000;

function readArgs(argv: string[]) {
  const get = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const reportsArg = Number(get('reports') ?? NATIONAL_REPORTS);
  const runs = Number(get('runs') ?? 30);
  if (!Number.isFinite(reportsArg) || reportsArg <= 0) throw new Error('--reports must be a count (e.g. 240000) or a fraction of it (e.g. 0.25)');
  if (!Number.isInteger(runs) || runs < 5) throw new Error('--runs must be an integer ≥ 5');
  const reports = reportsArg <= 1 ? Math.round(NATIONAL_REPORTS * reportsArg) : reportsArg;
  return { reports, runs, national: reports >= NATIONAL_REPORTS * 0.95 };
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

type Timing = { page: string; query: string; scope: string; p50: number; p95: number; rows: number };

async function time(runs: number, fn: () => Promise<unknown>): Promise<{ p50: number; p95: number; rows: number }> {
  let result: unknown;
  for (let i = 0; i < 3; i++) result = await fn(); // warm-up: plan cache, buffers
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    result = await fn();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const rows = Array.isArray(result) ? result.length : typeof result === 'object' && result && 'rows' in result && Array.isArray(result.rows) ? result.rows.length : 1;
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), rows };
}

async function main() {
  const { reports, runs } = readArgs(process.argv.slice(2));
  const provinces = provincesFor(reports);
  // Under the project like .data-test (git-ignored .data-*; not .data-bench, which bench/export.ts
  // uses): the embedded server may run as the `postgres` OS user, which cannot enter a private
  // mkdtemp folder.
  const dir = path.resolve('.data-bench-queries', `run-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const server = await startEmbeddedPostgres(dir, { persistent: false });
  try {
    const url = await ensureDatabase(server.url, 'gongkai_bench');
    await applyMigrations(url);
    process.stderr.write(`generating ${provinces} province(s) × 1,232 towns × 6 years …\n`);
    const generated = await generateNationalData(url, provinces);
    process.env.DATABASE_URL = url;
    // Imported after DATABASE_URL is set: the query modules use the app's own client.
    const q = await import('./bench-pages.ts');
    const scopes = await q.pickScopes();
    const timings: Timing[] = [];
    for (const scope of scopes) {
      for (const [page, query, fn] of q.pageQueries(scope)) {
        const t = await time(runs, fn);
        timings.push({ page, query, scope: scope.label, ...t });
        process.stderr.write('.');
      }
    }
    process.stderr.write('\n');
    printTable(generated, reports, runs, timings);
    await q.disconnect();
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

function printTable(generated: { reports: number; towns: number; findings: number }, asked: number, runs: number, timings: Timing[]) {
  const scopes = [...new Set(timings.map((t) => t.scope))];
  console.log(`\nGongkai dashboard query benchmark: ${generated.reports.toLocaleString('en')} reports (asked ${asked.toLocaleString('en')}), ${generated.towns.toLocaleString('en')} towns, ${generated.findings.toLocaleString('en')} findings; ${runs} runs per query after 3 warm-up runs; times in ms (p50 / p95), measured in Node around each query function (SQL + driver + zod validation).\n`);
  const header = ['page', 'query', ...scopes.map((s) => `${s} p50/p95`)];
  const lines = [...new Set(timings.map((t) => `${t.page}\u0000${t.query}`))].map((key) => {
    const [page, query] = key.split('\u0000') as [string, string];
    return [page, query, ...scopes.map((s) => {
      const t = timings.find((x) => x.page === page && x.query === query && x.scope === s);
      return t ? `${t.p50.toFixed(1)} / ${t.p95.toFixed(1)}${t.p95 > 50 ? ' !' : ''}` : '';
    })];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const fmt = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(fmt(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const line of lines) console.log(fmt(line));
  const worst = timings.filter((t) => t.scope !== 'country').reduce((a, b) => (b.p95 > a.p95 ? b : a));
  console.log(`\nworst p95 (county/city/province): ${worst.p95.toFixed(1)} ms (${worst.page} ${worst.query}, ${worst.scope}); "!" marks p95 > 50 ms.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
