// The SQL behind the CSV extracts: one statement per kind, rows in the column order of
// lib/export/columns.ts, ordered by (town, year) so that a national extract can walk the
// unique ("townId", year) index instead of sorting millions of rows before the first byte.
// Everything user-controlled is a bound parameter; the column expressions are constants.
import { Prisma } from '../db/generated/prisma/client.ts';
import type { PrefixColumnName, WideColumnName } from '../export/columns.ts';
import { WIDE_COLUMNS } from '../export/columns.ts';
import type { DashboardFilter } from './filter.ts';
import { scopeCondition, type RegionScope } from './scope.ts';

const PREFIX_SQL: Record<PrefixColumnName, string> = {
  report_id: 'r.id',
  province: 'p.name',
  city: 'c.name',
  county: 'k.name',
  town: 't.name',
  unit: 'u.name',
  year: 'r.year',
  format_version: 'r."formatVersion"',
};

const WIDE_SQL: Record<WideColumnName, string> = {
  ...PREFIX_SQL,
  publications_total: 'r.publications',
  applications_received: 'r.received',
  applications_carried_over: 'r."carriedOver"',
  outcome_granted: 'r.granted',
  outcome_partially_granted: 'r."partiallyGranted"',
  outcome_denied: 'r.denied',
  outcome_unavailable: 'r.unavailable',
  outcome_not_processed: 'r."notProcessed"',
  outcome_other: 'r."otherOutcome"',
  applications_handled_total: 'r."handledTotal"',
  applications_carried_forward: 'r."carriedForward"',
  licensing_decisions: 'r.licensing',
  penalty_decisions: 'r.penalties',
  coercion_decisions: 'r.coercion',
  fees_wan: 'r."feesWan"',
  reviews_total: 'r.reviews',
  lawsuits_total: 'r.lawsuits',
  finding_count: 'r."findingCount"',
};

const PREFIX_SELECT = Object.values(PREFIX_SQL).join(', ');
const WIDE_SELECT = WIDE_COLUMNS.map((column) => WIDE_SQL[column.name]).join(', ');

const FROM_REPORTS = Prisma.raw(`FROM "Report" r
  JOIN "Unit" u ON u.id = r."unitId"
  JOIN "Region" t ON t.id = r."townId"
  LEFT JOIN "Region" k ON k.id = r."countyId"
  LEFT JOIN "Region" c ON c.id = r."cityId"
  LEFT JOIN "Region" p ON p.id = r."provinceId"`);

/** Which reports an extract covers: exactly the rows the dashboard filter selects. */
export function buildReportCondition(filter: DashboardFilter, scope: RegionScope): Prisma.Sql {
  const parts = [scopeCondition(scope), Prisma.sql`r."activeVersionId" IS NOT NULL`];
  if (filter.year !== undefined) parts.push(Prisma.sql`r.year = ${filter.year}`);
  if (filter.from !== undefined) parts.push(Prisma.sql`r.year >= ${filter.from}`);
  if (filter.to !== undefined) parts.push(Prisma.sql`r.year <= ${filter.to}`);
  if (filter.towns?.length) parts.push(Prisma.sql`r."townId" = ANY(${filter.towns}::int[])`);
  return Prisma.join(parts, ' AND ');
}

export function buildSingleReportCondition(reportId: number): Prisma.Sql {
  return Prisma.sql`r.id = ${reportId} AND r."activeVersionId" IS NOT NULL`;
}

/** One row per report, columns as WIDE_COLUMNS. */
export function buildWideQuery(condition: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SELECT ${Prisma.raw(WIDE_SELECT)} ${FROM_REPORTS} WHERE ${condition} ORDER BY r."townId", r.year`;
}

/**
 * One row per report with its read report as JSON text (lib/export/long-rows.ts takes the value
 * trees from it and writes a line per numeric cell): the region names travel once per report
 * instead of once per cell. Flattening the trees to dotted keys in SQL (jsonb_each twice per
 * section) cost PostgreSQL ~0.4 ms per report; picking the trees out of the json column (a parse
 * per section) ~0.2; the stored text as it is, nearly nothing.
 */
export function buildLongQuery(condition: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SELECT ${Prisma.raw(PREFIX_SELECT)}, v.read::text AS trees
  ${FROM_REPORTS}
  JOIN "ReportVersion" v ON v.id = r."activeVersionId"
  WHERE ${condition} ORDER BY r."townId", r.year`;
}

/** One row per finding of the active versions. */
export function buildFindingsQuery(condition: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SELECT ${Prisma.raw(PREFIX_SELECT)}, f.rule, f.severity, f.cells, f.expected, f.actual, f.message ${FROM_REPORTS}
  JOIN "Finding" f ON f."versionId" = r."activeVersionId"
  WHERE ${condition} ORDER BY r."townId", r.year, f.id`;
}

/** The name of the report's town and its year, for the file name of a one-report extract. */
export function buildReportNameQuery(reportId: number): Prisma.Sql {
  return Prisma.sql`SELECT t.name AS town, r.year FROM "Report" r JOIN "Region" t ON t.id = r."townId" WHERE r.id = ${reportId}`;
}
