// Findings (broken consistency rules) of the active report versions in a scope, filterable by
// year and rule; each names its report and cells so the page can link to the cell.
import { z } from 'zod';
import { Prisma } from '../db/generated/prisma/client.ts';
import { getPrisma } from '../db/client.ts';
import { scopeCondition, type RegionScope } from './scope.ts';
import { byChineseName, num, parseRows } from './sql-rows.ts';

export const FINDINGS_LIMIT = 200;

export type FindingQuery = { scope: RegionScope; year?: number; rule?: string; townId?: number; limit?: number };

function conditions(q: FindingQuery): Prisma.Sql {
  const parts = [scopeCondition(q.scope), Prisma.sql`r."findingCount" > 0`];
  if (q.year !== undefined) parts.push(Prisma.sql`r.year = ${q.year}`);
  if (q.townId !== undefined) parts.push(Prisma.sql`r."townId" = ${q.townId}`);
  return Prisma.join(parts, ' AND ');
}

const findingSchema = z.object({
  id: num,
  reportId: num,
  year: num,
  townId: num,
  townName: z.string(),
  parentName: z.string().nullable(),
  synthetic: z.boolean(),
  rule: z.string(),
  severity: z.string(),
  cells: z.array(z.string()),
  expected: z.string().nullable(),
  actual: z.string().nullable(),
  message: z.string(),
});
export type FindingRow = z.infer<typeof findingSchema>;

/** Findings newest year first, then by town and rule; capped at `limit` (total given beside). */
export async function listFindings(q: FindingQuery): Promise<{ rows: FindingRow[]; total: number }> {
  const rule = q.rule ? Prisma.sql`AND f.rule = ${q.rule}` : Prisma.empty;
  const rows = await getPrisma().$queryRaw<unknown[]>`
    SELECT f.id, r.id AS "reportId", r.year, r."townId", t.name AS "townName", p.name AS "parentName",
      (r.synthetic OR t.synthetic) AS synthetic, f.rule, f.severity, f.cells, f.expected, f.actual, f.message,
      count(*) OVER () AS total
    FROM "Report" r
    JOIN "Finding" f ON f."versionId" = r."activeVersionId"
    JOIN "Region" t ON t.id = r."townId"
    LEFT JOIN "Region" p ON p.id = t."parentId"
    WHERE ${conditions(q)} ${rule}
    ORDER BY r.year DESC, ${byChineseName('t.name')}, f.rule, f.id
    LIMIT ${q.limit ?? FINDINGS_LIMIT}`;
  const parsed = parseRows(findingSchema.extend({ total: num }), rows);
  return { rows: parsed.map(({ total: _t, ...row }) => row), total: parsed[0]?.total ?? 0 };
}

const ruleCountSchema = z.object({ rule: z.string(), findings: num, reports: num });
export type RuleCount = z.infer<typeof ruleCountSchema>;

/** How many findings (and reports with one) each rule has in the scope and year. */
export async function getFindingRuleCounts(q: Omit<FindingQuery, 'rule' | 'limit'>): Promise<RuleCount[]> {
  const rows = await getPrisma().$queryRaw<unknown[]>`
    SELECT f.rule, count(*) AS findings, count(DISTINCT r.id) AS reports
    FROM "Report" r JOIN "Finding" f ON f."versionId" = r."activeVersionId"
    WHERE ${conditions(q)}
    GROUP BY f.rule ORDER BY f.rule`;
  return parseRows(ruleCountSchema, rows);
}
