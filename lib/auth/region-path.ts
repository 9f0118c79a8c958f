// Loads a region with its ancestors (root first), the shape the permission rules compare.
// Takes the client as a parameter so that the CLI and the tests use their own.
import type { Db } from '../db/client.ts';
import type { RegionLevel } from '../db/generated/prisma/enums.ts';
import type { RegionRef } from './permissions.ts';

export async function loadRegionRef(db: Db, regionId: number): Promise<RegionRef | null> {
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

/** "河南省 / 济源市" for a region, as the UI shows it. */
export function formatRegionPath(region: RegionRef | null, wholeCountry: string): string {
  return region ? region.path.map((part) => part.name).join(' / ') : wholeCountry;
}

/** The region at "河南省/济源市" (names from the root down), or null when there is none. */
export async function findRegionByPath(db: Db, names: readonly string[]): Promise<RegionRef | null> {
  let parentId: number | null = null;
  for (const name of names) {
    const found: { id: number } | null = await db.region.findFirst({ where: { parentId, name }, select: { id: true } });
    if (!found) return null;
    parentId = found.id;
  }
  return parentId === null ? null : loadRegionRef(db, parentId);
}
