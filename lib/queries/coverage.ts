// Coverage: for every township-level unit expected in the scope and every year of the range,
// whether its report is loaded, missing, or loaded with findings.
import { z } from 'zod';
import { getPrisma } from '../db/client.ts';
import { scopeTownsSql } from './region-tree.ts';
import { scopeCondition, type RegionScope } from './scope.ts';
import { byChineseName, num, parseRows } from './sql-rows.ts';
import type { YearRange } from './trends.ts';

export const COVERAGE_TOWN_LIMIT = 300;

export type CoverageState = 'loaded' | 'missing' | 'findings';

const townSchema = z.object({
  townId: num,
  name: z.string(),
  parentName: z.string().nullable(),
  synthetic: z.boolean(),
  years: z.array(num),
  reportIds: z.array(num),
  findingCounts: z.array(num),
  total: num,
});
export type CoverageTown = {
  townId: number;
  name: string;
  parentName: string | null;
  synthetic: boolean;
  reports: { year: number; reportId: number; findingCount: number }[];
};

/** Towns of the scope (pinyin order within their parent, capped) with their reports in the range. */
export async function getCoverageGrid(scope: RegionScope, range: YearRange, limit = COVERAGE_TOWN_LIMIT): Promise<{ towns: CoverageTown[]; total: number }> {
  const rows = await getPrisma().$queryRaw<unknown[]>`
    WITH towns AS (
      SELECT t.id, t.name, t.synthetic, t."parentName", count(*) OVER () AS total
      FROM (${scopeTownsSql(scope)}) t
      ORDER BY ${byChineseName('t."parentName"')} NULLS FIRST, ${byChineseName('t.name')}, t.id
      LIMIT ${limit}
    )
    SELECT t.id AS "townId", t.name, t."parentName", t.synthetic, t.total,
      coalesce(array_agg(r.year ORDER BY r.year) FILTER (WHERE r.id IS NOT NULL), '{}') AS years,
      coalesce(array_agg(r.id ORDER BY r.year) FILTER (WHERE r.id IS NOT NULL), '{}') AS "reportIds",
      coalesce(array_agg(r."findingCount" ORDER BY r.year) FILTER (WHERE r.id IS NOT NULL), '{}') AS "findingCounts"
    FROM towns t
    LEFT JOIN "Report" r ON r."townId" = t.id AND r.year BETWEEN ${range.from} AND ${range.to}
    GROUP BY t.id, t.name, t."parentName", t.synthetic, t.total
    ORDER BY ${byChineseName('t."parentName"')} NULLS FIRST, ${byChineseName('t.name')}, t.id`;
  const parsed = parseRows(townSchema, rows);
  return {
    towns: parsed.map(({ total: _t, years, reportIds, findingCounts, ...town }) => ({
      ...town,
      reports: years.map((year, i) => ({ year, reportId: reportIds[i] ?? 0, findingCount: findingCounts[i] ?? 0 })),
    })),
    total: parsed[0]?.total ?? 0,
  };
}

const yearSummarySchema = z.object({ year: num, expected: num, loaded: num, withFindings: num });
export type CoverageYearSummary = z.infer<typeof yearSummarySchema>;

/** Per year of the range: towns expected (all of the scope), reports loaded, reports with findings. */
export async function getCoverageSummary(scope: RegionScope, range: YearRange): Promise<CoverageYearSummary[]> {
  const rows = await getPrisma().$queryRaw<unknown[]>`
    WITH towns AS (${scopeTownsSql(scope)})
    SELECT y.year, (SELECT count(*) FROM towns) AS expected, count(r.id) AS loaded,
      count(r.id) FILTER (WHERE r."findingCount" > 0) AS "withFindings"
    FROM generate_series(${range.from}::int, ${range.to}::int) AS y(year)
    LEFT JOIN "Report" r ON r.year = y.year AND ${scopeCondition(scope)}
    GROUP BY y.year ORDER BY y.year`;
  return parseRows(yearSummarySchema, rows);
}
