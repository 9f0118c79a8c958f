// A batch of files (a CLI call, or the demo data): one ImportBatch row, one ImportItem per
// file with its outcome. Files go through in chunks: read and matched one by one, then each
// chunk stored in one transaction (storeReports); memory stays bounded by the chunk size.
import type { Db } from '../db/client.ts';
import { Prisma } from '../db/generated/prisma/client.ts';
import { poolRunner } from '../db/sql-runner.ts';
import { findKnownSources, hashBytes, prepareFile, toOutcome, type FileOutcome, type ImportContext, type Prepared } from './import-file.ts';
import { RegionIndex, type RegionNode } from './region-index.ts';
import { partitionUnique, storeReports } from './store-reports.ts';

export type BatchFile = { name: string; size: number; load: () => Promise<Uint8Array> };

export type BatchOptions = {
  origin: 'cli' | 'web' | 'demo';
  regionPath?: string[];
  createTowns?: boolean;
  createdBy?: string;
  chunkSize?: number;
  read?: ImportContext['read'];
  actor?: ImportContext['actor'];
};

export type BatchSummary = {
  batchId: number;
  imported: number;
  alreadyImported: number;
  replaced: number;
  failed: { file: string; reason: string }[];
  createdTowns: string[];
  outcomes: FileOutcome[];
};

export class UnknownRegionError extends Error {
  constructor(path: string[]) {
    super(`未知地区“${path.join('/')}”：请先导入地区名录（regions.csv），或检查拼写`);
    this.name = 'UnknownRegionError';
  }
}

/** Resolves the user's `--region 河南省/济源市`; unknown paths are an error, not a new region. */
export function resolveScope(index: RegionIndex, regionPath: string[] | undefined): RegionNode | undefined {
  if (!regionPath?.length) return undefined;
  const scope = index.resolvePath(regionPath);
  if (!scope) throw new UnknownRegionError(regionPath);
  return scope;
}

/** Each file's outcome, one statement per chunk (a Prisma createMany cost the storing thread ~0.3 ms a file). */
async function insertItems(db: Db, batchId: number, chunk: BatchFile[], outcomes: FileOutcome[]): Promise<void> {
  await poolRunner(db).execute(Prisma.sql`
    INSERT INTO "ImportItem" ("batchId", "fileName", size, status, reason, "reportId", "versionId", "finishedAt")
    SELECT ${batchId}::int, x.n, x.z, x.s::"ItemStatus", x.r, x.rid, x.vid, now()
    FROM unnest(${chunk.map((f) => f.name)}::text[], ${chunk.map((f) => f.size)}::int[], ${outcomes.map((o) => o.status)}::text[],
      ${outcomes.map((o) => o.reason ?? null)}::text[], ${outcomes.map((o) => o.reportId ?? null)}::int[],
      ${outcomes.map((o) => o.versionId ?? null)}::int[]) AS x(n, z, s, r, rid, vid)`);
}

const saveFailure = (file: string, error: unknown): FileOutcome => ({
  file,
  status: 'failed',
  reason: `${file}：保存失败：${error instanceof Error ? error.message : String(error)}`,
});

/**
 * One file on its own, for when its chunk's transaction failed: a concurrent import may have
 * stored the same file (unique violation once it commits), so look again before each try.
 */
async function storeOneWithRetry(ctx: ImportContext, prepared: Extract<Prepared, { kind: 'ready' }>): Promise<FileOutcome> {
  const { input } = prepared;
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const known = (await findKnownSources(ctx.db, [input.sha256])).get(input.sha256);
      if (known) return { file: input.fileName, status: 'alreadyImported', ...known };
      return toOutcome(ctx, prepared, (await storeReports(ctx.db, ctx.index, [input], ctx.actor))[0]!);
    } catch (error) {
      lastError = error;
    }
  }
  return saveFailure(input.fileName, lastError);
}

/** Stores the ready files of a chunk; a failing transaction is retried file by file so one bad file cannot sink the rest. */
async function storeChunk(ctx: ImportContext, ready: Extract<Prepared, { kind: 'ready' }>[]): Promise<Map<string, FileOutcome>> {
  const outcomes = new Map<string, FileOutcome>();
  for (const run of partitionUnique(ready.map((p) => p.input))) {
    const prepared = run.map((input) => ready.find((p) => p.input === input)!);
    try {
      const stored = await storeReports(ctx.db, ctx.index, run, ctx.actor);
      prepared.forEach((p, i) => outcomes.set(p.input.sha256 + p.input.fileName, toOutcome(ctx, p, stored[i]!)));
    } catch {
      for (const p of prepared) outcomes.set(p.input.sha256 + p.input.fileName, await storeOneWithRetry(ctx, p));
    }
  }
  return outcomes;
}

/** Memory per chunk in flight (1 + READ_AHEAD are: one stored, the next read). Files bigger than this get a chunk of their own. */
const MAX_CHUNK_BYTES = 64 * 1024 * 1024;

/**
 * Chunks being read while one is stored. With one, the read worker idles whenever a store
 * takes longer than the next chunk's reading (formats and sizes vary by chunk, and PostgreSQL
 * shares the cores); a second keeps it busy through those.
 */
const READ_AHEAD = 2;

/** Consecutive files, at most `size` per chunk and within the byte budget. */
export function splitIntoChunks<F extends { size: number }>(files: F[], size: number): F[][] {
  const chunks: F[][] = [];
  let chunk: F[] = [];
  let bytes = 0;
  for (const file of files) {
    if (chunk.length && (chunk.length >= size || bytes + file.size > MAX_CHUNK_BYTES)) {
      chunks.push(chunk);
      chunk = [];
      bytes = 0;
    }
    chunk.push(file);
    bytes += file.size;
  }
  if (chunk.length) chunks.push(chunk);
  return chunks;
}

export async function runImportBatch(
  db: Db,
  files: BatchFile[],
  options: BatchOptions,
  onProgress?: (done: number, total: number, outcome: FileOutcome) => void,
): Promise<BatchSummary> {
  const index = await RegionIndex.load(db);
  const scope = resolveScope(index, options.regionPath);
  const batch = await db.importBatch.create({
    data: { origin: options.origin, createdBy: options.createdBy ?? null, regionPath: options.regionPath?.join('/') ?? null, createTowns: options.createTowns ?? false, status: 'running' },
  });
  const summary: BatchSummary = { batchId: batch.id, imported: 0, alreadyImported: 0, replaced: 0, failed: [], createdTowns: [], outcomes: [] };
  const ctx: ImportContext = { db, index, scope, createTowns: options.createTowns ?? false, batchId: batch.id, read: options.read, actor: options.actor };
  const chunks = splitIntoChunks(files, options.chunkSize ?? 100);
  const prepareChunk = async (index: number) => {
    const chunk = chunks[index]!;
    const loaded = await Promise.all(chunk.map(async (file) => ({ file, bytes: await file.load() })));
    const shas = loaded.map(({ bytes }) => hashBytes(bytes));
    const known = await findKnownSources(db, shas);
    // All files of the chunk are in flight at once so that a read pool can work in parallel.
    const prepared: Prepared[] = await Promise.all(loaded.map(({ file, bytes }, i) => prepareFile(ctx, { name: file.name, bytes, sha256: shas[i] }, known.get(shas[i]!))));
    return { chunk, prepared };
  };
  // Chunks are read ahead while an earlier one is stored: reading is CPU work (in the read
  // pool's threads), storing mostly waits on PostgreSQL. (A file in two chunks in flight is
  // caught by the store's retry as already imported.)
  const inFlight: ReturnType<typeof prepareChunk>[] = [];
  let started = 0;
  const readAhead = () => {
    if (started >= chunks.length) return;
    const prepared = prepareChunk(started++);
    prepared.catch(() => {}); // awaited in turn below; this only keeps Node from calling it unhandled meanwhile
    inFlight.push(prepared);
  };
  for (let i = 0; i < READ_AHEAD; i++) readAhead();
  for (let index = 0; index < chunks.length; index++) {
    const { chunk, prepared } = await inFlight.shift()!;
    readAhead();
    const stored = await storeChunk(ctx, prepared.filter((p): p is Extract<Prepared, { kind: 'ready' }> => p.kind === 'ready'));
    const outcomes = prepared.map((p) => (p.kind === 'done' ? p.outcome : stored.get(p.input.sha256 + p.input.fileName)!));
    await insertItems(db, batch.id, chunk, outcomes);
    for (const outcome of outcomes) {
      summary.outcomes.push(outcome);
      if (outcome.status === 'failed') summary.failed.push({ file: outcome.file, reason: outcome.reason ?? '' });
      else summary[outcome.status]++;
      if (outcome.createdTown) summary.createdTowns.push(outcome.createdTown);
      onProgress?.(summary.outcomes.length, files.length, outcome);
    }
  }
  await db.importBatch.update({ where: { id: batch.id }, data: { status: 'done', finishedAt: new Date() } });
  return summary;
}
