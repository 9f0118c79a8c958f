// One file through the pipeline: size and duplicate checks → read and check (lib/report) →
// match the township → store in one transaction. Every problem becomes an outcome naming
// the file and the reason; nothing here throws for bad input, so a batch always finishes.
import { createHash } from 'node:crypto';
import type { Db } from '../db/client.ts';
import { ReportReadError } from '../report/errors.ts';
import { MAX_REPORT_BYTES } from '../report/index.ts';
import { readReportFile } from './read-file.ts';
import { matchTown } from './match-town.ts';
import type { RegionIndex, RegionNode } from './region-index.ts';
import { storeReport } from './store-report.ts';

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

export type ImportContext = { db: Db; index: RegionIndex; scope?: RegionNode; createTowns: boolean; batchId?: number };

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}


export async function importFile(ctx: ImportContext, file: { name: string; bytes: Uint8Array }): Promise<FileOutcome> {
  const fail = (reason: string): FileOutcome => ({ file: file.name, status: 'failed', reason });
  if (file.bytes.byteLength === 0) return fail(`${file.name}：文件为空`);
  if (file.bytes.byteLength > MAX_FILE_BYTES) return fail(`${file.name}：文件过大（${(file.bytes.byteLength / 1048576).toFixed(1)} MB，上限 ${MAX_FILE_BYTES / 1048576} MB）`);
  const sha256 = hashBytes(file.bytes);
  const seen = await ctx.db.reportVersion.findFirst({ where: { sourceSha256: sha256 }, select: { reportId: true, id: true, unitName: true, report: { select: { year: true } } } });
  if (seen) return { file: file.name, status: 'alreadyImported', reportId: seen.reportId, versionId: seen.id, unit: seen.unitName, year: seen.report.year };

  let read: Awaited<ReturnType<typeof readReportFile>>;
  try {
    read = await readReportFile(file.bytes, file.name);
  } catch (error) {
    // The reader's message already names the file and the problem.
    if (error instanceof ReportReadError) return fail(error.message);
    return fail(`读取时出错：${error instanceof Error ? error.message : String(error)}`);
  }
  const { report, plainText } = read;
  if (report.year === null) return fail('无法识别报告年度（标题和正文中都没有找到年份）');
  if (report.formatVersion === 'pre2019' || report.formatVersion === null) {
    return fail('报告使用 2019 年以前的格式（或无法识别格式），其表格不在国家统一格式之内，暂不导入');
  }

  const match = matchTown(ctx.index, { unit: report.unit, hints: report.regionHints, scope: ctx.scope, createTowns: ctx.createTowns });
  if (match.kind === 'unknown') return fail(match.reason);
  if (match.kind === 'ambiguous') return fail(`${match.reason}：${match.candidates.join('；')}`);
  let town: RegionNode;
  let createdTown: string | undefined;
  if (match.kind === 'create') {
    const row = await ctx.db.region.upsert({
      where: { parentId_name: { parentId: match.parent.id, name: match.name } },
      update: {},
      create: { parentId: match.parent.id, level: 'township', name: match.name, synthetic: match.parent.synthetic },
    });
    town = { id: row.id, parentId: row.parentId, level: row.level, name: row.name, synthetic: row.synthetic };
    if (!ctx.index.get(town.id)) ctx.index.add(town);
    createdTown = ctx.index.pathOf(town.id);
  } else town = match.town;

  const stored = await storeReport(ctx.db, ctx.index, {
    sha256,
    bytes: file.bytes,
    fileName: file.name,
    read: { ...report, year: report.year },
    plainText,
    town,
    batchId: ctx.batchId,
  });
  return {
    file: file.name,
    status: stored.status,
    reportId: stored.reportId,
    versionId: stored.versionId,
    unit: report.unit ?? town.name,
    year: report.year,
    regionPath: ctx.index.pathOf(town.id),
    findings: report.findings.length,
    createdTown,
  };
}
