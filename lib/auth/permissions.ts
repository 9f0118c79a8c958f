// The authorisation rules, pure and in one place: who may read, import, replace, delete and
// manage accounts, and where. No database, no Next.js: the guards (guard.ts, page-guard.ts)
// load the user and call these; tests call them directly.
import type { RegionLevel, UserRole } from '../db/generated/prisma/enums.ts';

export type Role = UserRole;
export const ROLES = ['viewer', 'editor', 'admin'] as const satisfies readonly Role[];

/** A region with its ancestors, root first, the region itself last (as lib/queries/scope.ts loads it). */
export type RegionRef = { id: number; level: RegionLevel; name: string; path: { id: number; name: string; level: RegionLevel }[] };

/** Anything that says which regions it lies in: a RegionRef, or ancestor ids only. */
export type RegionLike = { path: readonly { id: number }[] };

export type CurrentUser = {
  id: string;
  name: string;
  email: string;
  username: string | null;
  role: Role;
  /** The subtree this account is limited to; null for the whole country. */
  region: RegionRef | null;
};

/** Null stands for an anonymous visitor (allowed only to read, and only when configured). */
export type Principal = CurrentUser | null;

export type Capability = 'view' | 'import' | 'replace' | 'delete' | 'adminUsers';

const RANK: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };

const MINIMUM_ROLE: Record<Exclude<Capability, 'view'>, Role> = {
  import: 'editor',
  replace: 'editor',
  delete: 'admin',
  adminUsers: 'admin',
};

export function hasRole(user: CurrentUser, role: Role): boolean {
  return RANK[user.role] >= RANK[role];
}

/**
 * Whether `target` lies inside the user's subtree. `null` as the target means "the whole
 * country" (no region chosen), which only an unlimited account covers.
 */
export function isWithinUserRegion(user: CurrentUser, target: RegionLike | null): boolean {
  if (!user.region) return true;
  if (!target) return false;
  const limit = user.region.id;
  return target.path.some((region) => region.id === limit);
}

/** The ancestors of a report row (its denormalised ids), as a RegionLike. */
export function regionOfReport(row: { provinceId: number | null; cityId: number | null; countyId: number | null; townId: number }): RegionLike {
  const ids = [row.provinceId, row.cityId, row.countyId, row.townId].filter((id): id is number => id !== null);
  return { path: ids.map((id) => ({ id })) };
}

export type CanViewOptions = { anonymousRead: boolean };

/**
 * Reading (dashboards, reports, CSV). A limited account may read its subtree only; asking
 * for the whole country is allowed (queries are then narrowed by scopeForUser), asking for
 * a region outside it is not.
 */
export function canView(user: Principal, regionScope: RegionLike | null, options: CanViewOptions): boolean {
  if (!user) return options.anonymousRead;
  if (!user.region || !regionScope) return true;
  return isWithinUserRegion(user, regionScope);
}

/** Importing into a region (a town or an ancestor chosen for the batch); the whole country needs an unlimited editor. */
export function canImport(user: Principal, region: RegionLike | null): boolean {
  return !!user && hasRole(user, MINIMUM_ROLE.import) && isWithinUserRegion(user, region);
}

/** Making another version of a report the active one, inside the user's subtree. */
export function canReplace(user: Principal, region: RegionLike | null): boolean {
  return !!user && hasRole(user, MINIMUM_ROLE.replace) && isWithinUserRegion(user, region);
}

/** Deleting reports, versions or regions: admins, inside their subtree. */
export function canDelete(user: Principal, region: RegionLike | null): boolean {
  return !!user && hasRole(user, MINIMUM_ROLE.delete) && isWithinUserRegion(user, region);
}

/**
 * Managing accounts and reading the audit log: admins without a region limit only, since an
 * account manager can create any account (a limited admin could otherwise widen its own reach).
 */
export function canAdminUsers(user: Principal): boolean {
  return !!user && hasRole(user, MINIMUM_ROLE.adminUsers) && user.region === null;
}

/** Whether the user holds a capability somewhere (the region is checked once it is known). */
export function hasCapability(user: Principal, capability: Capability, options: CanViewOptions): boolean {
  if (capability === 'view') return canView(user, null, options);
  if (!user) return false;
  if (capability === 'adminUsers') return canAdminUsers(user);
  return hasRole(user, MINIMUM_ROLE[capability]);
}

/** The capability check with the region: what the guards call. */
export function can(user: Principal, capability: Capability, region: RegionLike | null, options: CanViewOptions): boolean {
  switch (capability) {
    case 'view':
      return canView(user, region, options);
    case 'import':
      return canImport(user, region);
    case 'replace':
      return canReplace(user, region);
    case 'delete':
      return canDelete(user, region);
    case 'adminUsers':
      return canAdminUsers(user);
  }
}
