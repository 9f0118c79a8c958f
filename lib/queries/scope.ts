// A region filter at any level becomes one equality on an indexed, denormalised column of
// "Report" (provinceId / cityId / countyId / townId). The column comes from this fixed map,
// never from user input; the id is always a bound parameter.
import { Prisma } from '../db/generated/prisma/client.ts';
import type { RegionLevel } from '../db/generated/prisma/enums.ts';
import { getPrisma } from '../db/client.ts';
import { loadRegionChain, type RegionChain } from '../db/region-chain.ts';

const COLUMN_BY_LEVEL: Record<RegionLevel, Prisma.Sql> = {
  province: Prisma.raw('r."provinceId"'),
  city: Prisma.raw('r."cityId"'),
  county: Prisma.raw('r."countyId"'),
  township: Prisma.raw('r."townId"'),
};

export type RegionScope = RegionChain | null;

/** SQL condition (on alias `r` = "Report") selecting the reports inside the scope; TRUE for the whole country. */
export function scopeCondition(scope: RegionScope): Prisma.Sql {
  return scope ? Prisma.sql`${COLUMN_BY_LEVEL[scope.level]} = ${scope.id}` : Prisma.sql`TRUE`;
}

/** Loads a region with its ancestors (for breadcrumbs and the level → column choice). */
export async function getRegionScope(regionId: number | undefined): Promise<RegionScope> {
  if (regionId === undefined) return null;
  return loadRegionChain(getPrisma(), regionId);
}
