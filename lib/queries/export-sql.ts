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
 * One row per report with its cells packed in one string, "key␟value␞key␟value…" (see
 * lib/export/long-rows.ts): the region names travel once per report instead of once per
 * cell, and one text column is far cheaper for the driver to decode than 200 rows or two
 * arrays. The cells are the number leaves of the version's value trees (`read`), flattened
 * to dotted keys exactly as listNumericCells (lib/report/cells.ts) does; a jsonb number's text
 * is the number as the reader wrote it.
 */
export function buildLongQuery(condition: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SELECT ${Prisma.raw(PREFIX_SELECT)}, x.cells ${FROM_REPORTS}
  JOIN "ReportVersion" v ON v.id = r."activeVersionId"
  CROSS JOIN LATERAL (
    SELECT string_agg(c.key || chr(31) || c.value::text, chr(30)) AS cells FROM (
      SELECT 'publications.total' AS key, v.read->'publications'->'total' AS value
      UNION ALL SELECT 'overview.applicationsStated', v.read->'overview'->'applicationsStated'
      UNION ALL SELECT s.name || '.' || rw.key || '.' || cell.key, cell.value
        FROM unnest(ARRAY['article20', 'applications', 'reviewLitigation']) AS s(name)
        CROSS JOIN jsonb_each(v.read->s.name) AS rw
        CROSS JOIN jsonb_each(CASE WHEN jsonb_typeof(rw.value) = 'object' THEN rw.value ELSE '{}' END) AS cell
    ) c WHERE jsonb_typeof(c.value) = 'number'
  ) x
  WHERE ${condition} AND x.cells IS NOT NULL ORDER BY r."townId", r.year`;
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
