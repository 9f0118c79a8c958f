// The guards every route handler and server action goes through. One error contract:
// AppError('unauthorized') → 401 when nobody is signed in, AppError('forbidden') → 403 when
// the account may not do this (or not there); bodies { error: { code, message } }.
import { AppError, toErrorResponse, type ErrorCode } from '../errors.ts';
import { authMessages } from '../messages/zh-CN-auth.ts';
import { isAnonymousReadEnabled } from './anonymous-read.ts';
import { getCurrentUser, getUserFromHeaders } from './current-user.ts';
import { can, hasCapability, regionOfReport, type Capability, type CurrentUser, type Principal, type RegionLike } from './permissions.ts';
import { scopeForUser, type ReadScope } from './read-scope.ts';

/** What a guard hands on: `view` may be anonymous (when configured), everything else is a signed-in user. */
export type PrincipalFor<C extends Capability> = C extends 'view' ? Principal : CurrentUser;

function options() {
  return { anonymousRead: isAnonymousReadEnabled() };
}

/**
 * Throws unless `user` holds `capability` (somewhere, or in `region` when given):
 * 401 for an anonymous caller, 403 for a signed-in one.
 */
export function authorize<C extends Capability>(user: Principal, capability: C, region?: RegionLike | null): PrincipalFor<C> {
  const allowed = region === undefined ? hasCapability(user, capability, options()) : can(user, capability, region, options());
  if (!allowed) {
    if (!user) throw new AppError('unauthorized', authMessages.errors.unauthorized);
    throw new AppError('forbidden', region === undefined ? authMessages.errors.forbidden : authMessages.errors.forbiddenRegion);
  }
  return user as PrincipalFor<C>;
}

/** For server actions (and server code without a Request): the current user, checked. */
export async function requireCapability<C extends Capability>(capability: C, region?: RegionLike | null): Promise<PrincipalFor<C>> {
  return authorize(await getCurrentUser(), capability, region);
}

/** The reader of the current request: a user, or null when anonymous reading is on; 401 otherwise. */
export async function requireReader(): Promise<Principal> {
  return requireCapability('view');
}

/**
 * For read routes and pages: 401/403 unless the caller may read `requested` (null: no region
 * chosen, i.e. everything the caller may see). Returns the scope to AND into the query, so
 * that ids edited in the URL (towns=…) still cannot leave the caller's subtree.
 * `request` null: the current request (server components).
 */
export async function authorizeRead(request: Request | null, requested: RegionLike | null): Promise<{ user: Principal; scope: ReadScope }> {
  const user = request ? await getUserFromHeaders(request.headers) : await getCurrentUser();
  authorize(user, 'view', requested);
  return { user, scope: scopeForUser(user) };
}

/**
 * For one report (page, source file, one-report CSV): 401/403 unless its town is inside the
 * caller's subtree. A missing report (null) only checks that the caller may read at all, so
 * that anonymous callers learn nothing about which ids exist.
 */
export async function authorizeReportRead(
  request: Request | null,
  report: { provinceId: number | null; cityId: number | null; countyId: number | null; townId: number } | null,
): Promise<Principal> {
  const user = request ? await getUserFromHeaders(request.headers) : await getCurrentUser();
  return report ? authorize(user, 'view', regionOfReport(report)) : authorize(user, 'view');
}

type RouteHandler<Ctx> = (request: Request, context: Ctx) => Promise<Response>;

/**
 * Wraps a route handler: the caller is checked before the handler runs (so that nothing
 * about the request is parsed for an anonymous caller), and any AppError the handler throws,
 * e.g. from `authorize(user, 'import', region)` once the region is known, becomes its JSON
 * response.
 *
 *   export const POST = withAuth('import', async (request, context, user) => { ... });
 */
export function withAuth<C extends Capability, Ctx = unknown>(
  capability: C,
  handler: (request: Request, context: Ctx, user: PrincipalFor<C>) => Promise<Response>,
): RouteHandler<Ctx> {
  return async (request, context) => {
    try {
      const user = authorize(await getUserFromHeaders(request.headers), capability);
      return await handler(request, context, user);
    } catch (error) {
      return toErrorResponse(error);
    }
  };
}

export type ActionError = { error: { code: ErrorCode; message: string } };

/**
 * For server actions that report errors as a value (useActionState) instead of throwing:
 * `catch (error) { return toActionError(error); }`. Unexpected errors keep their message
 * out of the browser, as toErrorResponse does.
 */
export function toActionError(error: unknown): ActionError {
  if (error instanceof AppError) return { error: { code: error.code, message: error.message } };
  console.error(error);
  return { error: { code: 'internal_error', message: '服务器内部错误' } };
}
