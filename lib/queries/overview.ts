// Overview of a region in one year: reports loaded against towns expected, the summed
// figures, and the same per child region. Sums skip figures a report did not state; the
// "...Reported" counts say how many reports each sum rests on.
import { z } from 'zod';
import { getPrisma } from '../db/client.ts';
import { scopeTownsSql } from './region-tree.ts';
import { scopeCondition, type RegionScope } from './scope.ts';
import { byChineseName, num, parseRows } from './sql-rows.ts';

export { OUTCOME_KEYS, type OutcomeKey } from './outcome-keys.ts';

const overviewSchema = z.object({
  townsExpected: num,
  reportsLoaded: num,
  publications: num,
  publicationsReported: num,
  received: num,
  receivedReported: num,
  granted: num,
  partiallyGranted: num,
  denied: num,
  unavailable: num,
  notProcessed: num,
  other: num,
  penalties: num,
  penaltiesReported: num,
  reviews: num,
  lawsuits: num,
  findings: num,
  reportsWithFindings: num,
  synthetic: z.boolean(),
});
export type OverviewFigures = z.infer<typeof overviewSchema>;

/** Totals over the scope's reports of one year (one row, also when there are none). */
export async function getOverviewFigures(scope: RegionScope, year: number): Promise<OverviewFigures> {
  const rows = await getPrisma().$queryRaw<unknown[]>`
    WITH towns AS (${scopeTownsSql(scope)})
    SELECT
      (SELECT count(*) FROM towns) AS "townsExpected",
      count(r.id) AS "reportsLoaded",
      coalesce(sum(r.publications), 0) AS publications, count(r.publications) AS "publicationsReported",
      coalesce(sum(r.received), 0) AS received, count(r.received) AS "receivedReported",
      coalesce(sum(r.granted), 0) AS granted, coalesce(sum(r."partiallyGranted"), 0) AS "partiallyGranted",
      coalesce(sum(r.denied), 0) AS denied, coalesce(sum(r.unavailable), 0) AS unavailable,
      coalesce(sum(r."notProcessed"), 0) AS "notProcessed", coalesce(sum(r."otherOutcome"), 0) AS other,
      coalesce(sum(r.penalties), 0) AS penalties, count(r.penalties) AS "penaltiesReported",
      coalesce(sum(r.reviews), 0) AS reviews, coalesce(sum(r.lawsuits), 0) AS lawsuits,
      coalesce(sum(r."findingCount"), 0) AS findings, count(*) FILTER (WHERE r."findingCount" > 0) AS "reportsWithFindings",
      coalesce(bool_or(r.synthetic), false) OR EXISTS (SELECT 1 FROM towns WHERE synthetic) AS synthetic
    FROM "Report" r
    WHERE ${scopeCondition(scope)} AND r.year = ${year}`;
  const [row] = parseRows(overviewSchema, rows);
  if (!row) throw new Error('overview query returned no row');
  return row;
}

const childSchema = z.object({
  id: num,
  name: z.string(),
  level: z.enum(['province', 'city', 'county', 'township']),
  synthetic: z.boolean(),
  townsExpected: num,
  reportsLoaded: num,
  publications: num,
  received: num,
  penalties: num,
  findings: num,
});
export type ChildRegionSummary = z.infer<typeof childSchema>;

/** One row per direct child of the scope: towns expected/loaded and summed figures for the year. */
export async function getChildRegionSummary(scope: RegionScope, year: number): Promise<ChildRegionSummary[]> {
  const rows = await getPrisma().$queryRaw<unknown[]>`
    WITH towns AS (${scopeTownsSql(scope)})
    SELECT c.id, c.name, c.level::text AS level, c.synthetic,
      count(t.id) AS "townsExpected", count(r.id) AS "reportsLoaded",
      coalesce(sum(r.publications), 0) AS publications, coalesce(sum(r.received), 0) AS received,
      coalesce(sum(r.penalties), 0) AS penalties, coalesce(sum(r."findingCount"), 0) AS findings
    FROM towns t
    JOIN "Region" c ON c.id = t."childId"
    LEFT JOIN "Report" r ON r."townId" = t.id AND r.year = ${year}
    GROUP BY c.id
    ORDER BY ${byChineseName('c.name')}, c.id`;
  return parseRows(childSchema, rows);
}
