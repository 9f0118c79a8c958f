// The reading side of region limits: every query for reports ANDs the user's scope with
// whatever region the request asked for, so that a 济源市 account only ever reads and
// exports 济源市, also when region or town ids are edited in the URL (the result is then
// empty, never another city's rows).
import { Prisma } from '../db/generated/prisma/client.ts';
import type { RegionLevel } from '../db/generated/prisma/enums.ts';
import type { Principal, RegionRef } from './permissions.ts';

const COLUMN_BY_LEVEL: Record<RegionLevel, 'provinceId' | 'cityId' | 'countyId' | 'townId'> = {
  province: 'provinceId',
  city: 'cityId',
  county: 'countyId',
  township: 'townId',
};

export type ReadScope = {
  /** The region the account is limited to; null for the whole country (no limit). */
  region: RegionRef | null;
  /** For raw SQL on the alias `r` ("Report"): `... WHERE ${requested} AND ${scope.sql}`. */
  sql: Prisma.Sql;
  /** For Prisma queries on Report: `where: { AND: [requested, scope.where] }`. */
  where: Prisma.ReportWhereInput;
};

/** The user's read scope; anonymous readers (when allowed) and unlimited accounts see everything. */
export function scopeForUser(user: Principal): ReadScope {
  const region = user?.region ?? null;
  if (!region) return { region: null, sql: Prisma.sql`TRUE`, where: {} };
  const column = COLUMN_BY_LEVEL[region.level];
  return {
    region,
    // The column name comes from the fixed map above, never from input; the id is a bound parameter.
    sql: Prisma.sql`r.${Prisma.raw(`"${column}"`)} = ${region.id}`,
    where: { [column]: region.id },
  };
}

/**
 * The region a page should show: what was asked for when the user may see it, the user's
 * own region when nothing was asked for, and null ("outside", show an empty result or 403)
 * when the request points outside the user's subtree.
 */
export function narrowRequestedRegion<T extends { path: readonly { id: number }[] }>(user: Principal, requested: T | null): T | RegionRef | null | 'outside' {
  const limit = user?.region ?? null;
  if (!limit) return requested;
  if (!requested) return limit;
  return requested.path.some((region) => region.id === limit.id) ? requested : 'outside';
}
