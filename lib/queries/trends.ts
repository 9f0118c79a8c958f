// Year-by-year figures: the scope's totals, or selected towns one by one. Both national
// formats (2019 and 2021) compare through the shared summary columns of "Report".
import { z } from 'zod';
import { Prisma } from '../db/generated/prisma/client.ts';
import { getPrisma } from '../db/client.ts';
import { scopeCondition, type RegionScope } from './scope.ts';
import { byChineseName, num, optNum, parseRows, metricFields } from './sql-rows.ts';

export type YearRange = { from: number; to: number };

const FIGURES = Prisma.sql`
  count(r.id) AS reports,
  sum(r.publications) AS publications, sum(r.received) AS received,
  sum(r.granted) AS granted, sum(r."partiallyGranted") AS "partiallyGranted", sum(r.denied) AS denied,
  sum(r.unavailable) AS unavailable, sum(r."notProcessed") AS "notProcessed", sum(r."otherOutcome") AS other,
  sum(r.penalties) AS penalties, sum(r."findingCount") AS findings,
  count(*) FILTER (WHERE r."formatVersion" = '2019') AS "format2019"`;

const pointSchema = z.object({
  year: num,
  reports: num,
  ...metricFields,
  findings: optNum,
  format2019: num,
});
export type TrendPoint = z.infer<typeof pointSchema>;

/** The scope's totals per year within the range, or those of the chosen towns together (years without reports are left out). */
export async function getRegionTrend(scope: RegionScope, range: YearRange, townIds?: number[]): Promise<TrendPoint[]> {
  const towns = townIds?.length ? Prisma.sql`AND r."townId" = ANY(${townIds})` : Prisma.empty;
  const rows = await getPrisma().$queryRaw<unknown[]>`
    SELECT r.year, ${FIGURES}
    FROM "Report" r
    WHERE ${scopeCondition(scope)} AND r.year BETWEEN ${range.from} AND ${range.to} ${towns}
    GROUP BY r.year ORDER BY r.year`;
  return parseRows(pointSchema, rows);
}

const townPointSchema = pointSchema.extend({ townId: num, name: z.string(), reportId: num, synthetic: z.boolean() });
export type TownTrendPoint = z.infer<typeof townPointSchema>;

/** Each chosen town's figures per year (one report per town-year, so the "sums" are its own). */
export async function getTownTrends(scope: RegionScope, townIds: number[], range: YearRange): Promise<TownTrendPoint[]> {
  if (townIds.length === 0) return [];
  const rows = await getPrisma().$queryRaw<unknown[]>`
    SELECT r."townId", t.name, r.year, min(r.id) AS "reportId", bool_or(r.synthetic OR t.synthetic) AS synthetic, ${FIGURES}
    FROM "Report" r JOIN "Region" t ON t.id = r."townId"
    WHERE ${scopeCondition(scope)} AND r."townId" = ANY(${townIds}) AND r.year BETWEEN ${range.from} AND ${range.to}
    GROUP BY r."townId", t.name, r.year
    ORDER BY ${byChineseName('t.name')}, r."townId", r.year`;
  return parseRows(townPointSchema, rows);
}
