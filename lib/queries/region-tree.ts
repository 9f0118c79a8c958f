// The region tree below a scope: which township-level units are expected to report (the
// denominator of coverage), the children a user can drill into, and the years with data.
import { z } from 'zod';
import { Prisma } from '../db/generated/prisma/client.ts';
import { getPrisma } from '../db/client.ts';
import { scopeCondition, type RegionScope } from './scope.ts';
import { byChineseName, num, parseRows } from './sql-rows.ts';

/**
 * A subquery (columns id, name, synthetic, "parentId", "parentName", "childId") listing the
 * township-level regions inside the scope; "childId" is the scope's direct child that contains
 * the town (the town itself when it sits directly under the scope). Walks down the tree one
 * level at a time through the "parentId" index (a LATERAL lookup per parent, so a province
 * costs ~100 index probes instead of scanning "Region" once per level; OFFSET 0 stops the
 * planner from flattening the LATERAL back into a hash join over the whole table).
 */
export function scopeTownsSql(scope: RegionScope): Prisma.Sql {
  if (scope?.level === 'township') {
    return Prisma.sql`SELECT t.id, t.name, t.synthetic, t."parentId", p.name AS "parentName", t.id AS "childId"
      FROM "Region" t LEFT JOIN "Region" p ON p.id = t."parentId" WHERE t.id = ${scope.id}`;
  }
  const start = scope ? Prisma.sql`"parentId" = ${scope.id}` : Prisma.sql`"parentId" IS NULL`;
  const startParent = scope ? Prisma.sql`${scope.name}::text` : Prisma.sql`NULL::text`;
  return Prisma.sql`
    WITH RECURSIVE sub AS (
      SELECT id, name, synthetic, "parentId", ${startParent} AS "parentName", level, id AS "childId" FROM "Region" WHERE ${start}
      UNION ALL
      SELECT g.id, g.name, g.synthetic, g."parentId", sub.name, g.level, sub."childId"
      FROM sub CROSS JOIN LATERAL (SELECT id, name, synthetic, "parentId", level FROM "Region" WHERE "parentId" = sub.id OFFSET 0) g
      WHERE sub.level <> 'township'
    )
    SELECT id, name, synthetic, "parentId", "parentName", "childId" FROM sub WHERE level = 'township'`;
}

const regionOption = z.object({ id: num, name: z.string(), level: z.enum(['province', 'city', 'county', 'township']), synthetic: z.boolean() });
export type RegionOption = z.infer<typeof regionOption>;

/** The regions directly below the scope (provinces for the whole country), in pinyin order. */
export async function getRegionChildren(scope: RegionScope): Promise<RegionOption[]> {
  const parent = scope ? Prisma.sql`"parentId" = ${scope.id}` : Prisma.sql`"parentId" IS NULL`;
  const rows = await getPrisma().$queryRaw<unknown[]>`
    SELECT id, name, level::text AS level, synthetic FROM "Region" r
    WHERE ${parent} ORDER BY ${byChineseName('r.name')}, id LIMIT 1000`;
  return parseRows(regionOption, rows);
}

/**
 * Years with at least one report in the scope, ascending. A loose index scan on the
 * (year, <level>Id) indexes: one index probe per distinct year instead of reading every row.
 */
export async function getAvailableYears(scope: RegionScope): Promise<number[]> {
  const cond = scopeCondition(scope);
  const rows = await getPrisma().$queryRaw<unknown[]>`
    WITH RECURSIVE y AS (
      SELECT (SELECT min(r.year) FROM "Report" r WHERE ${cond}) AS year
      UNION ALL
      SELECT (SELECT min(r.year) FROM "Report" r WHERE ${cond} AND r.year > y.year) FROM y WHERE y.year IS NOT NULL
    )
    SELECT year FROM y WHERE year IS NOT NULL ORDER BY year`;
  return parseRows(z.object({ year: num }), rows).map((r) => r.year);
}

const townOption = z.object({ id: num, name: z.string(), parentName: z.string().nullable(), synthetic: z.boolean() });
export type TownOption = z.infer<typeof townOption>;

/** Township-level units of the scope for the town picker (capped; a province has thousands). */
export async function getScopeTownOptions(scope: RegionScope, limit = 300): Promise<{ towns: TownOption[]; total: number }> {
  const rows = await getPrisma().$queryRaw<unknown[]>`
    SELECT t.id, t.name, t."parentName", t.synthetic, count(*) OVER () AS total
    FROM (${scopeTownsSql(scope)}) t
    ORDER BY ${byChineseName('t."parentName"')} NULLS FIRST, ${byChineseName('t.name')}, t.id LIMIT ${limit}`;
  const parsed = parseRows(townOption.extend({ total: num }), rows);
  return { towns: parsed.map(({ total: _total, ...town }) => town), total: parsed[0]?.total ?? 0 };
}
