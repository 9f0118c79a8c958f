// Loads a region with its ancestors (root first), the shape the permission rules compare.
// Takes the client as a parameter so that the CLI and the tests use their own.
import type { Db } from '../db/client.ts';
import { loadRegionChain } from '../db/region-chain.ts';
import type { RegionRef } from './permissions.ts';

export async function loadRegionRef(db: Db, regionId: number): Promise<RegionRef | null> {
  return loadRegionChain(db, regionId);
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
