// Comparison across the towns of a scope in one year: one row per town report with the
// figures of the three metric families, the chosen metric's value, and the scope's per-town
// average and median of that value (outliers: more than OUTLIER_FACTOR × the median).
import { z } from 'zod';
import { Prisma } from '../db/generated/prisma/client.ts';
import { getPrisma } from '../db/client.ts';
import type { Metric, SortKey } from './filter.ts';
import { scopeCondition, type RegionScope } from './scope.ts';
import { byChineseName, num, optNum, parseRows, sqlDirection, metricFields } from './sql-rows.ts';

export const OUTLIER_FACTOR = 3;
export const COMPARISON_LIMIT = 100;

/** The compared value of each metric family; outcomes: the six groups' sum (what the bars stack). */
const VALUE_BY_METRIC: Record<Metric, Prisma.Sql> = {
  publications: Prisma.raw('r.publications'),
  outcomes: Prisma.raw('(r.granted + r."partiallyGranted" + r.denied + r.unavailable + r."notProcessed" + r."otherOutcome")'),
  penalties: Prisma.raw('r.penalties'),
};

/** Sort keys from the URL mapped to columns of the `rows` CTE below; nothing else reaches ORDER BY. */
const ORDER_BY_SORT: Record<SortKey, Prisma.Sql> = {
  name: byChineseName('x.name'),
  value: Prisma.raw('x.value'),
  publications: Prisma.raw('x.publications'),
  received: Prisma.raw('x.received'),
  penalties: Prisma.raw('x.penalties'),
  findings: Prisma.raw('x."findingCount"'),
};

const rowSchema = z.object({
  reportId: num,
  townId: num,
  name: z.string(),
  parentName: z.string().nullable(),
  synthetic: z.boolean(),
  value: optNum,
  ...metricFields,
  findingCount: num,
  outlier: z.boolean(),
  total: num,
  valued: num,
  average: optNum,
  median: optNum,
});
export type TownComparisonRow = Omit<z.infer<typeof rowSchema>, 'total' | 'valued' | 'average' | 'median'>;
export type TownComparison = {
  rows: TownComparisonRow[];
  /** Reports in scope and year (rows are capped at COMPARISON_LIMIT). */
  total: number;
  /** Reports that state the metric's value. */
  valued: number;
  average: number | null;
  median: number | null;
};

export type TownComparisonInput = {
  scope: RegionScope;
  year: number;
  metric: Metric;
  sort: SortKey;
  dir: 'asc' | 'desc';
  towns?: number[];
  limit?: number;
};

export async function getTownComparison(input: TownComparisonInput): Promise<TownComparison> {
  const { scope, year, metric, sort, dir } = input;
  const townFilter = input.towns?.length ? Prisma.sql`AND r."townId" = ANY(${input.towns})` : Prisma.empty;
  const rows = await getPrisma().$queryRaw<unknown[]>`
    WITH x AS (
      SELECT r.id AS "reportId", r."townId", t.name, p.name AS "parentName", (r.synthetic OR t.synthetic) AS synthetic,
        ${VALUE_BY_METRIC[metric]} AS value, r.publications, r.received, r.granted, r."partiallyGranted", r.denied,
        r.unavailable, r."notProcessed", r."otherOutcome" AS other, r.penalties, r."findingCount"
      FROM "Report" r
      JOIN "Region" t ON t.id = r."townId"
      LEFT JOIN "Region" p ON p.id = t."parentId"
      WHERE ${scopeCondition(scope)} AND r.year = ${year} ${townFilter}
    ), stats AS (
      SELECT count(*) AS total, count(value) AS valued, avg(value)::float8 AS average,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY value)::float8 AS median
      FROM x
    )
    SELECT x.*, stats.*, coalesce(stats.median > 0 AND x.value > ${OUTLIER_FACTOR} * stats.median, false) AS outlier
    FROM x CROSS JOIN stats
    ORDER BY ${ORDER_BY_SORT[sort]} ${sqlDirection(dir)} NULLS LAST, ${byChineseName('x.name')}, x."reportId"
    LIMIT ${input.limit ?? COMPARISON_LIMIT}`;
  const parsed = parseRows(rowSchema, rows);
  const first = parsed[0];
  return {
    rows: parsed.map(({ total: _t, valued: _v, average: _a, median: _m, ...row }) => row),
    total: first?.total ?? 0,
    valued: first?.valued ?? 0,
    average: first?.average ?? null,
    median: first?.median ?? null,
  };
}
