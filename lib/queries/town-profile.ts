// One town over all its years: where it sits, its reports with their figures, their findings.
import { z } from 'zod';
import { getPrisma } from '../db/client.ts';
import { num, optNum, parseRows, metricFields } from './sql-rows.ts';

const townSchema = z.object({
  id: num,
  name: z.string(),
  synthetic: z.boolean(),
  path: z.array(z.object({ id: num, name: z.string(), level: z.string() })),
});
const reportSchema = z.object({
  reportId: num,
  year: num,
  unitName: z.string(),
  formatVersion: z.string(),
  synthetic: z.boolean(),
  ...metricFields,
  reviews: optNum,
  lawsuits: optNum,
  findingCount: num,
});
export type TownProfileReport = z.infer<typeof reportSchema>;
export type TownProfile = z.infer<typeof townSchema> & { reports: TownProfileReport[] };

/** The town with its ancestors (province first) and its reports by year; null if no such town. */
export async function getTownProfile(townId: number): Promise<TownProfile | null> {
  const db = getPrisma();
  const towns = await db.$queryRaw<unknown[]>`
    WITH RECURSIVE chain AS (
      SELECT id, "parentId", name, level, 0 AS depth FROM "Region" WHERE id = ${townId} AND level = 'township'
      UNION ALL
      SELECT p.id, p."parentId", p.name, p.level, c.depth + 1 FROM "Region" p JOIN chain c ON p.id = c."parentId"
    )
    SELECT t.id, t.name, t.synthetic,
      (SELECT json_agg(json_build_object('id', c.id, 'name', c.name, 'level', c.level) ORDER BY c.depth DESC) FROM chain c WHERE c.depth > 0) AS path
    FROM "Region" t WHERE t.id = ${townId} AND t.level = 'township'`;
  const [town] = parseRows(townSchema.extend({ path: townSchema.shape.path.nullable() }), towns);
  if (!town) return null;
  const reports = await db.$queryRaw<unknown[]>`
    SELECT r.id AS "reportId", r.year, u.name AS "unitName", r."formatVersion", r.synthetic,
      r.publications, r.received, r.granted, r."partiallyGranted", r.denied, r.unavailable, r."notProcessed",
      r."otherOutcome" AS other, r.penalties, r.reviews, r.lawsuits, r."findingCount"
    FROM "Report" r JOIN "Unit" u ON u.id = r."unitId"
    WHERE r."townId" = ${townId} ORDER BY r.year`;
  return { ...town, path: town.path ?? [], reports: parseRows(reportSchema, reports) };
}
