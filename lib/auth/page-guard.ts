// The guards for pages (server components): instead of a JSON error, an anonymous visitor
// is sent to the sign-in page (and back afterwards), a signed-in one without the right to
// the 403 page.
import { redirect } from 'next/navigation';
import { isAnonymousReadEnabled } from './anonymous-read.ts';
import { FORBIDDEN_PATH, SIGN_IN_PATH } from './auth-constants.ts';
import { getCurrentUser } from './current-user.ts';
import type { PrincipalFor } from './guard.ts';
import { can, hasCapability, type Capability, type RegionLike } from './permissions.ts';

export function signInUrl(nextPath: string): string {
  return `${SIGN_IN_PATH}?${new URLSearchParams({ next: nextPath })}`;
}

/**
 * `const user = await requirePageCapability('import', '/import');` at the top of a page.
 * `nextPath` is where the visitor returns after signing in (the page's own path).
 */
export async function requirePageCapability<C extends Capability>(capability: C, nextPath: string, region?: RegionLike | null): Promise<PrincipalFor<C>> {
  const user = await getCurrentUser();
  const options = { anonymousRead: isAnonymousReadEnabled() };
  const allowed = region === undefined ? hasCapability(user, capability, options) : can(user, capability, region, options);
  if (!allowed) redirect(user ? FORBIDDEN_PATH : signInUrl(nextPath));
  return user as PrincipalFor<C>;
}

/** For dashboard pages: a reader (a user, or null when anonymous reading is on), or off to sign-in. */
export async function requirePageReader(nextPath: string): Promise<PrincipalFor<'view'>> {
  return requirePageCapability('view', nextPath);
}
