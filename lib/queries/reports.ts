// Read-side queries for report lists. One typed query per function; the shape returned is
// what the page renders, nothing more.
import { getPrisma } from '../db/client.ts';
import { Prisma } from '../db/generated/prisma/client.ts';

export type ReportListItem = {
  id: number;
  regionPath: string[];
  unitName: string;
  year: number;
  formatVersion: string;
  sourceName: string;
  findingCount: number;
  synthetic: boolean;
};

/**
 * Active reports with their region path (province → town), within `scope` (a condition on
 * alias r): real reports before synthetic demo ones, newest year first, then by place.
 */
export async function listReports(scope: Prisma.Sql = Prisma.sql`TRUE`, limit = 200): Promise<ReportListItem[]> {
  return getPrisma().$queryRaw<ReportListItem[]>`
    SELECT r.id, r.year, r."formatVersion", r."findingCount", r.synthetic,
           u.name AS "unitName", v."sourceName",
           ARRAY_REMOVE(ARRAY[p.name, c.name, k.name, t.name], NULL) AS "regionPath"
    FROM "Report" r
    JOIN "Unit" u ON u.id = r."unitId"
    JOIN "ReportVersion" v ON v.id = r."activeVersionId"
    JOIN "Region" t ON t.id = r."townId"
    LEFT JOIN "Region" k ON k.id = r."countyId"
    LEFT JOIN "Region" c ON c.id = r."cityId"
    LEFT JOIN "Region" p ON p.id = r."provinceId"
    WHERE ${scope}
    ORDER BY r.synthetic, r.year DESC, p.name, c.name, k.name NULLS FIRST, t.name, r.id
    LIMIT ${limit}`;
}
