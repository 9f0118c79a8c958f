// A region with its ancestors, root first: the one query behind dashboard scopes
// (lib/queries/scope.ts) and permission checks (lib/auth/region-path.ts), which both compare
// region paths and so must agree on their shape.
import type { Db } from './client.ts';
import type { RegionLevel } from './generated/prisma/enums.ts';

export type RegionChain = { id: number; level: RegionLevel; name: string; path: { id: number; name: string; level: RegionLevel }[] };

export async function loadRegionChain(db: Db, regionId: number): Promise<RegionChain | null> {
  const rows = await db.$queryRaw<{ id: number; name: string; level: RegionLevel; depth: number }[]>`
    WITH RECURSIVE chain AS (
      SELECT id, "parentId", name, level, 0 AS depth FROM "Region" WHERE id = ${regionId}
      UNION ALL
      SELECT p.id, p."parentId", p.name, p.level, c.depth + 1 FROM "Region" p JOIN chain c ON p.id = c."parentId"
    )
    SELECT id, name, level::text AS level, depth FROM chain ORDER BY depth DESC`;
  const self = rows.at(-1);
  if (!self) return null;
  return { id: self.id, level: self.level, name: self.name, path: rows.map(({ id, name, level }) => ({ id, name, level })) };
}
