// One handler behind every /api/export/* route: validate the dashboard filter (400 with
// zod's messages when malformed), resolve the region, check access, open the cursor and
// answer with a streamed CSV download.
import { AppError, toErrorResponse } from '../errors.ts';
import { getPrisma } from '../db/client.ts';
import { parseDashboardFilter, type DashboardFilter } from '../queries/filter.ts';
import { getRegionScope, type RegionScope } from '../queries/scope.ts';
import {
  buildFindingsQuery,
  buildLongQuery,
  buildReportCondition,
  buildReportNameQuery,
  buildSingleReportCondition,
  buildWideQuery,
} from '../queries/export-sql.ts';
import { zhCNReport } from '../messages/zh-CN-report.ts';
import { canViewReport, readScopeForExport } from './access.ts';
import { Prisma } from '../db/generated/prisma/client.ts';
import { COLUMNS_BY_KIND, type ExportKind } from './columns.ts';
import { formatCsvHeader } from './csv.ts';
import { openCsvCursorStream } from './cursor-stream.ts';
import { buildContentDisposition, buildExportFileName, type FileNameParts } from './file-name.ts';
import { formatFindingRows, formatPlainRows } from './format-rows.ts';
import { formatLongRows } from './long-rows.ts';

const m = zhCNReport.export;

// Batch sizes keep one FETCH around 5,000 CSV lines (a long row is one report ≈ 200 cells).
const PLAN = {
  wide: { build: buildWideQuery, format: formatPlainRows, batchSize: 5_000 },
  long: { build: buildLongQuery, format: formatLongRows, batchSize: 25 },
  findings: { build: buildFindingsQuery, format: formatFindingRows, batchSize: 5_000 },
} as const;

export function getFilterOrThrow(request: Request): DashboardFilter {
  const parsed = parseDashboardFilter(new URL(request.url).searchParams);
  if (parsed.ok) return parsed.filter;
  const detail = Object.entries(parsed.errors)
    .map(([field, message]) => `${m.filterFields[field] ?? field}（${field}）：${message}`)
    .join('；');
  throw new AppError('bad_request', `${m.badFilter}${detail}`, parsed.errors);
}

async function getScopeOrThrow(filter: DashboardFilter): Promise<RegionScope> {
  const scope = await getRegionScope(filter.region);
  // An unknown region must not fall back to "the whole country".
  if (filter.region !== undefined && scope === null) throw new AppError('not_found', m.regionNotFound);
  return scope;
}

async function streamCsv(kind: ExportKind, condition: Parameters<typeof buildWideQuery>[0], name: FileNameParts): Promise<Response> {
  const plan = PLAN[kind];
  const body = await openCsvCursorStream({
    query: plan.build(condition),
    head: formatCsvHeader(COLUMNS_BY_KIND[kind]),
    batchSize: plan.batchSize,
    formatBatch: plan.format,
  });
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': buildContentDisposition(buildExportFileName(name)),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/** GET /api/export/{wide,long,findings}?<dashboard filter> */
export async function respondWithScopeExport(request: Request, kind: ExportKind): Promise<Response> {
  try {
    const filter = getFilterOrThrow(request);
    const scope = await getScopeOrThrow(filter);
    const readScope = await readScopeForExport(request, scope);
    const name = { scope: scope?.name ?? m.wholeCountry, year: filter.year, from: filter.from, to: filter.to, kind };
    return await streamCsv(kind, Prisma.sql`${buildReportCondition(filter, scope)} AND ${readScope.sql}`, name);
  } catch (error) {
    return toErrorResponse(error);
  }
}

export function parseReportIdOrThrow(raw: string): number {
  const id = Number(raw);
  if (!/^\d{1,9}$/.test(raw) || !Number.isSafeInteger(id) || id <= 0) throw new AppError('bad_request', m.badReportId);
  return id;
}

/** GET /api/export/report/<id>: the long form of one report (filter params validated, scope is the report). */
export async function respondWithReportExport(request: Request, rawId: string): Promise<Response> {
  try {
    getFilterOrThrow(request);
    const reportId = parseReportIdOrThrow(rawId);
    if (!(await canViewReport(request, reportId))) throw new AppError('forbidden', m.forbidden);
    const rows = await getPrisma().$queryRaw<{ town: string; year: number }[]>(buildReportNameQuery(reportId));
    const report = rows[0];
    if (!report) throw new AppError('not_found', m.reportNotFound);
    return await streamCsv('long', buildSingleReportCondition(reportId), { scope: report.town, year: report.year, kind: `report${reportId}` });
  } catch (error) {
    return toErrorResponse(error);
  }
}
