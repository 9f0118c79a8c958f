// Browser uploads become a PostgreSQL job queue: each file is staged (bytes in SourceFile,
// an ImportItem row `pending`), and a worker claims items one at a time with
// FOR UPDATE SKIP LOCKED, so a request never waits for reading, several workers never take
// the same file, and a worker that dies mid-file leaves the item to be retried (its store
// transaction rolled back). Progress lives in the rows, so it survives a page reload.
import type { AuditActor } from '../auth/audit.ts';
import type { Db } from '../db/client.ts';
import { hashBytes, importFile } from './import-file.ts';
import { resolveScope, UnknownRegionError } from './import-batch.ts';
import { RegionIndex } from './region-index.ts';

/** A claim older than this is considered abandoned (the worker crashed) and is retried. */
const CLAIM_TIMEOUT_MINUTES = 10;

export type StagedFile = { name: string; bytes: Uint8Array };

export async function createUploadBatch(db: Db, input: { regionPath?: string[]; createTowns?: boolean; createdBy?: string }) {
  if (input.regionPath?.length) resolveScope(await RegionIndex.load(db), input.regionPath); // unknown region → UnknownRegionError now, not per file later
  return db.importBatch.create({
    data: { origin: 'web', regionPath: input.regionPath?.join('/') ?? null, createTowns: input.createTowns ?? false, createdBy: input.createdBy ?? null, status: 'queued' },
  });
}

/** Stages files for the worker; returns their item ids in order. */
export async function stageFiles(db: Db, batchId: number, files: StagedFile[]): Promise<number[]> {
  return db.$transaction(async (tx) => {
    const ids: number[] = [];
    for (const file of files) {
      const sha256 = hashBytes(file.bytes);
      await tx.sourceFile.createMany({ data: [{ sha256, bytes: Buffer.from(file.bytes), size: file.bytes.byteLength }], skipDuplicates: true });
      const item = await tx.importItem.create({ data: { batchId, fileName: file.name, size: file.bytes.byteLength, stagedSha: sha256 } });
      ids.push(item.id);
    }
    await tx.importBatch.update({ where: { id: batchId }, data: { status: 'queued', finishedAt: null } });
    return ids;
  });
}

/** The uploader recorded on the batch (their e-mail), for the audit log; the worker has no session. */
async function findBatchActor(db: Db, createdBy: string | null): Promise<AuditActor> {
  const user = createdBy ? await db.user.findUnique({ where: { email: createdBy }, select: { id: true, name: true } }) : null;
  return user ? { id: user.id, name: user.name } : { cli: true, name: createdBy ?? undefined };
}

type Claimed = { id: number; batchId: number; fileName: string; stagedSha: string | null };

async function claimNextItem(db: Db): Promise<Claimed | undefined> {
  const rows = await db.$queryRaw<Claimed[]>`
    UPDATE "ImportItem" SET "startedAt" = now()
    WHERE id = (
      SELECT id FROM "ImportItem"
      WHERE status = 'pending' AND ("startedAt" IS NULL OR "startedAt" < now() - make_interval(mins => ${CLAIM_TIMEOUT_MINUTES}))
      ORDER BY id FOR UPDATE SKIP LOCKED LIMIT 1)
    RETURNING id, "batchId", "fileName", "stagedSha"`;
  return rows[0];
}

/** Removes staged bytes that no stored version uses (a failed or duplicate upload). */
async function releaseStagedBytes(db: Db, sha256: string | null): Promise<void> {
  if (!sha256) return;
  await db.$executeRaw`
    DELETE FROM "SourceFile" s WHERE s.sha256 = ${sha256}
      AND NOT EXISTS (SELECT 1 FROM "ReportVersion" v WHERE v."sourceSha256" = s.sha256)
      AND NOT EXISTS (SELECT 1 FROM "ImportItem" i WHERE i."stagedSha" = s.sha256 AND i.status = 'pending')`;
}

/** Processes one pending item; returns false when the queue is empty. */
export async function processNextItem(db: Db, index: RegionIndex): Promise<boolean> {
  const item = await claimNextItem(db);
  if (!item) return false;
  const batch = await db.importBatch.findUniqueOrThrow({ where: { id: item.batchId } });
  if (batch.status === 'queued') await db.importBatch.update({ where: { id: batch.id }, data: { status: 'running' } });
  const source = item.stagedSha ? await db.sourceFile.findUnique({ where: { sha256: item.stagedSha }, select: { bytes: true } }) : null;
  let outcome;
  try {
    if (!source) throw new Error('上传的文件内容已丢失，请重新上传');
    const scope = resolveScope(index, batch.regionPath ? batch.regionPath.split('/') : undefined);
    const actor = await findBatchActor(db, batch.createdBy);
    outcome = await importFile({ db, index, scope, createTowns: batch.createTowns, batchId: batch.id, actor }, { name: item.fileName, bytes: new Uint8Array(source.bytes) });
  } catch (error) {
    const reason = error instanceof UnknownRegionError ? error.message : `保存失败：${error instanceof Error ? error.message : String(error)}`;
    outcome = { file: item.fileName, status: 'failed' as const, reason };
  }
  await db.importItem.update({
    where: { id: item.id },
    data: { status: outcome.status, reason: outcome.reason ?? null, reportId: outcome.reportId ?? null, versionId: outcome.versionId ?? null, finishedAt: new Date(), stagedSha: null },
  });
  if (outcome.status === 'failed' || outcome.status === 'alreadyImported') await releaseStagedBytes(db, item.stagedSha);
  const remaining = await db.importItem.count({ where: { batchId: batch.id, status: 'pending' } });
  if (remaining === 0) await db.importBatch.update({ where: { id: batch.id }, data: { status: 'done', finishedAt: new Date() } });
  return true;
}

/** Runs until stopped: drains the queue, then polls. One region index per busy period. */
export function startImportWorker(db: Db, options: { pollMs?: number; onError?: (error: unknown) => void } = {}): { stop: () => Promise<void> } {
  let stopped = false;
  let wake: (() => void) | undefined;
  const loop = (async () => {
    while (!stopped) {
      try {
        // The region tree (~45,000 rows nationally) is loaded only when there is work.
        if ((await db.importItem.count({ where: { status: 'pending' }, take: 1 })) > 0) {
          const index = await RegionIndex.load(db);
          while (!stopped && (await processNextItem(db, index)));
        }
      } catch (error) {
        // Once stopping, the database may already be going down with the rest of the process group.
        if (!stopped) options.onError?.(error);
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, options.pollMs ?? 1000);
      });
    }
  })();
  return {
    stop: async () => {
      stopped = true;
      wake?.();
      await loop;
    },
  };
}
