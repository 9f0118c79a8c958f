// One file through the pipeline: size and duplicate checks → read and check (lib/report) →
// match the township, giving either a StoreInput ready for storeReports or a final outcome.
// Every problem becomes an outcome naming the file and the reason; nothing here throws for
// bad input, so a batch always finishes.
import { createHash } from 'node:crypto';
import type { AuditActor } from '../auth/audit.ts';
import type { Db } from '../db/client.ts';
import { Prisma } from '../db/generated/prisma/client.ts';
import { poolRunner } from '../db/sql-runner.ts';
import { ReportReadError } from '../report/errors.ts';
import { MAX_REPORT_BYTES } from '../report/index.ts';
import { matchTown } from './match-town.ts';
import { readReportFile } from './read-file.ts';
import type { RegionIndex, RegionNode } from './region-index.ts';
import { storeReports, type StoreInput } from './store-reports.ts';

// One limit for uploads and the reader, so a file is never accepted and then refused.
export const MAX_FILE_BYTES = MAX_REPORT_BYTES;

export type FileOutcome = {
  file: string;
  status: 'imported' | 'replaced' | 'alreadyImported' | 'failed';
  reason?: string;
  reportId?: number;
  versionId?: number;
  unit?: string;
  year?: number;
  regionPath?: string;
  findings?: number;
  createdTown?: string;
};

export type ImportContext = {
  db: Db;
  index: RegionIndex;
  scope?: RegionNode;
  createTowns: boolean;
  batchId?: number;
  /** How files are read (a worker pool for big batches); in this thread by default. */
  read?: typeof readReportFile;
  /** Recorded in the audit log with every stored report. */
  actor?: AuditActor;
};
export type Prepared = { kind: 'ready'; input: StoreInput; createdTown?: string } | { kind: 'done'; outcome: FileOutcome };
export type KnownSource = { reportId: number; versionId: number; unit: string; year: number };

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Files already stored, by SHA-256 (one query for a whole chunk), as one index probe per hash.
 * Before the tables were first analysed (during a first large import), `sourceSha256 = ANY(…)`
 * and a plain join were both planned as a scan of every version per chunk, which made importing
 * into an empty database quadratic; a subquery kept apart (OFFSET 0) is probed per hash.
 */
export async function findKnownSources(db: Db, shas: string[]): Promise<Map<string, KnownSource>> {
  const rows = await poolRunner(db).query<{ versionId: number; reportId: number; unit: string; sha256: string; year: number }>(Prisma.sql`
    SELECT v.id AS "versionId", v."reportId", v."unitName" AS unit, v."sourceSha256" AS sha256,
      (SELECT r.year FROM "Report" r WHERE r.id = v."reportId") AS year
    FROM unnest(${shas}::text[]) AS s(sha)
    CROSS JOIN LATERAL (
      SELECT v.id, v."reportId", v."unitName", v."sourceSha256" FROM "ReportVersion" v WHERE v."sourceSha256" = s.sha OFFSET 0) v`);
  return new Map(rows.map((row) => [row.sha256, { reportId: row.reportId, versionId: row.versionId, unit: row.unit, year: row.year }]));
}

export async function prepareFile(ctx: ImportContext, file: { name: string; bytes: Uint8Array; sha256?: string }, known?: KnownSource): Promise<Prepared> {
  const fail = (reason: string): Prepared => ({ kind: 'done', outcome: { file: file.name, status: 'failed', reason } });
  if (file.bytes.byteLength === 0) return fail(`${file.name}：文件为空`);
  if (file.bytes.byteLength > MAX_FILE_BYTES) return fail(`${file.name}：文件过大（${(file.bytes.byteLength / 1048576).toFixed(1)} MB，上限 ${MAX_FILE_BYTES / 1048576} MB）`);
  const sha256 = file.sha256 ?? hashBytes(file.bytes);
  if (known) return { kind: 'done', outcome: { file: file.name, status: 'alreadyImported', ...known } };

  let read: Awaited<ReturnType<typeof readReportFile>>;
  try {
    read = await (ctx.read ?? readReportFile)(file.bytes, file.name);
  } catch (error) {
    // The reader's message already names the file and the problem.
    if (error instanceof ReportReadError) return fail(error.message);
    return fail(`${file.name}：读取时出错：${error instanceof Error ? error.message : String(error)}`);
  }
  const { report, stored } = read;
  if (report.year === null) return fail(`${file.name}：无法识别报告年度（标题和正文中都没有找到年份）`);
  if (report.formatVersion === 'pre2019' || report.formatVersion === null) {
    return fail(`${file.name}：报告使用 2019 年以前的格式（或无法识别格式），其表格不在国家统一格式之内，暂不导入`);
  }
  const match = matchTown(ctx.index, { unit: report.unit, hints: report.regionHints, scope: ctx.scope, createTowns: ctx.createTowns, fileName: file.name });
  if (match.kind === 'unknown') return fail(`${file.name}：${match.reason}`);
  if (match.kind === 'ambiguous') return fail(`${file.name}：${match.reason}：${match.candidates.join('；')}`);
  let town: RegionNode;
  let createdTown: string | undefined;
  if (match.kind === 'create') {
    const where = { parentId_name: { parentId: match.parent.id, name: match.name } };
    // Files of one chunk are prepared concurrently: a twin may create the same town first.
    const row = await ctx.db.region
      .upsert({ where, update: {}, create: { parentId: match.parent.id, level: 'township', name: match.name, synthetic: match.parent.synthetic } })
      .catch(() => ctx.db.region.findUniqueOrThrow({ where }));
    town = { id: row.id, parentId: row.parentId, level: row.level, name: row.name, synthetic: row.synthetic };
    if (!ctx.index.get(town.id)) ctx.index.add(town);
    createdTown = ctx.index.pathOf(town.id);
  } else town = match.town;
  const input: StoreInput = { sha256, bytes: file.bytes, fileName: file.name, read: { ...report, year: report.year }, stored, town, batchId: ctx.batchId };
  return { kind: 'ready', input, createdTown };
}

export function toOutcome(ctx: ImportContext, prepared: Extract<Prepared, { kind: 'ready' }>, stored: { status: 'imported' | 'replaced'; reportId: number; versionId: number }): FileOutcome {
  const { input } = prepared;
  return {
    file: input.fileName,
    status: stored.status,
    reportId: stored.reportId,
    versionId: stored.versionId,
    unit: input.read.unit ?? input.town.name,
    year: input.read.year,
    regionPath: ctx.index.pathOf(input.town.id),
    findings: input.read.findings.length,
    createdTown: prepared.createdTown,
  };
}

/** One file end to end (the browser queue's unit of work). */
export async function importFile(ctx: ImportContext, file: { name: string; bytes: Uint8Array }): Promise<FileOutcome> {
  const sha256 = hashBytes(file.bytes);
  const known = (await findKnownSources(ctx.db, [sha256])).get(sha256);
  const prepared = await prepareFile(ctx, { ...file, sha256 }, known);
  if (prepared.kind === 'done') return prepared.outcome;
  const [stored] = await storeReports(ctx.db, ctx.index, [prepared.input], ctx.actor);
  return toOutcome(ctx, prepared, stored!);
}
