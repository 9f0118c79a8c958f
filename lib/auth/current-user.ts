// Who is asking: the session cookie (checked by Better Auth against the "Session" table),
// then our own columns (role, region limit) read fresh from "User", so that a role change
// or a deletion takes effect on the next request.
import { headers } from 'next/headers';
import { cache } from 'react';
import { getPrisma, type Db } from '../db/client.ts';
import { AppError } from '../errors.ts';
import { authMessages } from '../messages/zh-CN-auth.ts';
import { getAuth, type Auth } from './auth-server.ts';
import type { CurrentUser } from './permissions.ts';
import { loadRegionRef } from './region-path.ts';

export async function loadCurrentUser(db: Db, userId: string): Promise<CurrentUser | null> {
  const row = await db.user.findUnique({ where: { id: userId }, select: { id: true, name: true, email: true, username: true, role: true, regionId: true } });
  if (!row) return null;
  const region = row.regionId === null ? null : await loadRegionRef(db, row.regionId);
  // A limit that points nowhere must not turn into "the whole country".
  if (row.regionId !== null && !region) return null;
  return { id: row.id, name: row.name, email: row.email, username: row.username, role: row.role, region };
}

/** The signed-in user for these request headers, or null (no cookie, expired, revoked, deleted). */
export async function getUserFromHeaders(requestHeaders: Headers, auth: Auth = getAuth(), db: Db = getPrisma()): Promise<CurrentUser | null> {
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session) return null;
  return loadCurrentUser(db, session.user.id);
}

/** The signed-in user of the current request (server components, server actions, route handlers). */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => getUserFromHeaders(await headers()));

/** The signed-in user, or AppError('unauthorized') (401). */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError('unauthorized', authMessages.errors.unauthorized);
  return user;
}
