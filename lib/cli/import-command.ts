// `npm run --silent cli -- import <files or folders...> [--region 省/市/县] [--create-towns]
// [--regions regions.csv] [--json]`. A folder's own regions.csv (a region catalogue) is
// loaded first. Progress goes to stderr (a bar on a terminal, plain lines otherwise) so that
// `--json` leaves exactly one JSON object on stdout. Exit 1 when any file failed.
import { readFileSync } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../config.ts';
import { createPrismaClient } from '../db/client.ts';
import { openDatabase } from '../db/database.ts';
import { applyMigrations } from '../db/schema-engine.ts';
import { UnknownRegionError, runImportBatch, type BatchFile, type BatchSummary } from '../ingest/import-batch.ts';
import type { FileOutcome } from '../ingest/import-file.ts';
import { createReadPool } from '../ingest/read-pool.ts';
import { loadRegionCatalog, parseRegionCatalog } from '../ingest/regions-catalog.ts';

const METADATA_FILES = new Set(['regions.csv', 'manifest.json']);
const usage = 'Usage: npm run --silent cli -- import <files or folders...> [--region 省/市/县] [--create-towns] [--regions regions.csv] [--json]';

type Args = { paths: string[]; region?: string[]; json: boolean; createTowns: boolean; catalogs: string[] };

function parseArgs(args: string[]): Args | string {
  const parsed: Args = { paths: [], json: false, createTowns: false, catalogs: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--json') parsed.json = true;
    else if (arg === '--create-towns') parsed.createTowns = true;
    else if (arg === '--region' || arg === '--regions') {
      const next = args[++i];
      if (!next) return `${arg} needs a value`;
      if (arg === '--region') parsed.region = next.split('/').map((part) => part.trim()).filter(Boolean);
      else parsed.catalogs.push(next);
    } else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else parsed.paths.push(arg);
  }
  return parsed.paths.length ? parsed : 'give at least one file or folder';
}

async function collectFiles(paths: string[], catalogs: string[]): Promise<BatchFile[]> {
  const files: BatchFile[] = [];
  const visit = async (entry: string): Promise<void> => {
    const info = await stat(entry);
    if (info.isDirectory()) {
      const names = (await readdir(entry)).sort();
      if (names.includes('regions.csv')) catalogs.push(path.join(entry, 'regions.csv'));
      for (const name of names) if (!name.startsWith('.') && !METADATA_FILES.has(name)) await visit(path.join(entry, name));
    } else if (info.isFile()) {
      files.push({ name: path.basename(entry), size: info.size, load: async () => new Uint8Array(await readFile(entry)) });
    }
  };
  for (const entry of paths) await visit(entry);
  return files;
}

function reportProgress(done: number, total: number, outcome: FileOutcome): void {
  if (process.stderr.isTTY) {
    const width = 30;
    const filled = Math.round((done / total) * width);
    process.stderr.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${outcome.file.slice(0, 40).padEnd(40)}`);
    if (done === total) process.stderr.write('\n');
  } else {
    process.stderr.write(`${done}/${total} ${outcome.status} ${outcome.file}${outcome.reason ? `: ${outcome.reason}` : ''}\n`);
  }
}

function printSummary(summary: BatchSummary): void {
  console.log(`导入完成 (batch ${summary.batchId}): imported ${summary.imported}, already imported ${summary.alreadyImported}, replaced ${summary.replaced}, failed ${summary.failed.length}`);
  for (const town of summary.createdTowns) console.log(`  new town created: ${town}`);
  for (const failure of summary.failed) console.log(`  FAILED ${failure.file}: ${failure.reason}`);
}

export async function runImport(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    console.error(`${parsed}\n${usage}`);
    return 2;
  }
  let files: BatchFile[];
  try {
    files = await collectFiles(parsed.paths, parsed.catalogs);
  } catch (error) {
    console.error(`Cannot read ${(error as NodeJS.ErrnoException).path ?? 'input'}: ${(error as Error).message}`);
    return 2;
  }
  const database = await openDatabase(loadConfig(), { shareRunning: true });
  const db = createPrismaClient(database.url);
  try {
    await applyMigrations(database.url);
    for (const catalog of parsed.catalogs) {
      const created = await loadRegionCatalog(db, parseRegionCatalog(readFileSync(catalog, 'utf8'), catalog));
      if (created && !parsed.json) console.error(`regions: ${created} new from ${catalog}`);
    }
    // Worker threads pay off from a few dozen files on; small imports read in this thread.
    const pool = createReadPool(files.length >= 50 ? undefined : 0);
    const summary = await runImportBatch(db, files, { origin: 'cli', regionPath: parsed.region, createTowns: parsed.createTowns, read: pool.read }, reportProgress).finally(
      () => pool.close(),
    );
    if (parsed.json) {
      const { imported, alreadyImported, replaced, failed, createdTowns } = summary;
      console.log(JSON.stringify({ imported, alreadyImported, replaced, failed, createdTowns }));
    } else printSummary(summary);
    return summary.failed.length ? 1 : 0;
  } catch (error) {
    if (error instanceof UnknownRegionError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await db.$disconnect();
    await database.close();
  }
}
