// A batch of files (a CLI call, or the background worker for a browser upload): one
// ImportBatch row, one ImportItem per file with its outcome, files processed one by one so
// that memory stays flat however many there are.
import type { Db } from '../db/client.ts';
import { importFile, type FileOutcome } from './import-file.ts';
import { RegionIndex, type RegionNode } from './region-index.ts';

export type BatchFile = { name: string; size: number; load: () => Promise<Uint8Array> };

export type BatchOptions = { origin: 'cli' | 'web' | 'demo'; regionPath?: string[]; createTowns?: boolean; createdBy?: string };

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
  const context = { db, index, scope, createTowns: options.createTowns ?? false, batchId: batch.id };
  for (const [i, file] of files.entries()) {
    const startedAt = new Date();
    let outcome: FileOutcome;
    try {
      outcome = await importFile(context, { name: file.name, bytes: await file.load() });
    } catch (error) {
      // A database failure for one file (the transaction rolled back) must not stop the batch.
      outcome = { file: file.name, status: 'failed', reason: `保存失败：${error instanceof Error ? error.message : String(error)}` };
    }
    summary.outcomes.push(outcome);
    if (outcome.status === 'failed') summary.failed.push({ file: outcome.file, reason: outcome.reason ?? '' });
    else summary[outcome.status]++;
    if (outcome.createdTown) summary.createdTowns.push(outcome.createdTown);
    await db.importItem.create({
      data: {
        batchId: batch.id,
        fileName: file.name,
        size: file.size,
        status: outcome.status,
        reason: outcome.reason ?? null,
        reportId: outcome.reportId ?? null,
        versionId: outcome.versionId ?? null,
        startedAt,
        finishedAt: new Date(),
      },
    });
    onProgress?.(i + 1, files.length, outcome);
  }
  await db.importBatch.update({ where: { id: batch.id }, data: { status: 'done', finishedAt: new Date() } });
  return summary;
}
