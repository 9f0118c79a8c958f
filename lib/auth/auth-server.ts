// Better Auth, configured once: email or username + password, sessions in PostgreSQL
// through our Prisma client, passwords hashed by the library, sign-in rate-limited with the
// counters in the database. There is no public sign-up: admins create accounts (CLI or
// /admin/users). Roles and region limits are columns of "User" that only we write.
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { nextCookies } from 'better-auth/next-js';
import { APIError, createAuthMiddleware } from 'better-auth/api';
import { username } from 'better-auth/plugins';
import { getPrisma, type Db } from '../db/client.ts';
import { clearSignInAttempts, countSignInAttempt } from './account-limit.ts';
import { AUTH_BASE_PATH, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, SIGN_IN_LIMIT } from './auth-constants.ts';
import { resolveAuthSecret } from './auth-secret.ts';


// Endpoints the library would otherwise serve that Gongkai does not offer: self sign-up,
// self-service profile/e-mail changes, deletion, e-mail flows (no mail is sent), social login.
const DISABLED_PATHS = [
  '/sign-up/email',
  '/update-user',
  '/change-email',
  '/delete-user',
  '/delete-user/callback',
  '/request-password-reset',
  '/reset-password',
  '/send-verification-email',
  '/verify-email',
  '/sign-in/social',
  '/link-social',
  '/unlink-account',
  '/is-username-available',
];

export type AuthOptions = { secret?: string; baseURL?: string };

const SIGN_IN_PATHS = new Set(['/sign-in/email', '/sign-in/username']);

/** What the sign-in form's account field held (e-mail or username), if this is a sign-in. */
function signInIdentifier(path: string, body: unknown): string | undefined {
  if (!SIGN_IN_PATHS.has(path) || typeof body !== 'object' || body === null) return undefined;
  const value = 'email' in body ? body.email : 'username' in body ? body.username : undefined;
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

export function createAuth(db: Db, options: AuthOptions = {}) {
  return betterAuth({
    appName: 'Gongkai',
    basePath: AUTH_BASE_PATH,
    baseURL: options.baseURL ?? process.env.BETTER_AUTH_URL,
    secret: options.secret ?? resolveAuthSecret(),
    database: prismaAdapter(db, { provider: 'postgresql' }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: MIN_PASSWORD_LENGTH, maxPasswordLength: MAX_PASSWORD_LENGTH },
    user: {
      additionalFields: {
        role: { type: 'string', required: false, input: false, defaultValue: 'viewer' },
        regionId: { type: 'number', required: false, input: false },
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: true,
      storage: 'database',
      window: 60,
      max: 100,
      customRules: { '/sign-in/email': SIGN_IN_LIMIT, '/sign-in/username': SIGN_IN_LIMIT },
    },
    // The per-account limit (account-limit.ts): counted before each sign-in, cleared by a successful one.
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        const identifier = signInIdentifier(ctx.path, ctx.body);
        if (!identifier) return;
        const { allowed, retryAfterSeconds } = await countSignInAttempt(db, identifier);
        if (!allowed) {
          throw new APIError('TOO_MANY_REQUESTS', { message: `Too many sign-in attempts for this account; try again in ${retryAfterSeconds} s` }, { 'Retry-After': String(retryAfterSeconds) });
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        const identifier = signInIdentifier(ctx.path, ctx.body);
        if (identifier && ctx.context.newSession) await clearSignInAttempts(db, identifier);
      }),
    },
    disabledPaths: DISABLED_PATHS,
    telemetry: { enabled: false },
    // nextCookies must stay last: it lets server actions set the session cookie.
    plugins: [username({ minUsernameLength: 2, maxUsernameLength: 40 }), nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { gongkaiAuth?: Auth };

/** The web server's instance, over the shared Prisma client (lib/db/client.ts). */
export function getAuth(): Auth {
  globalForAuth.gongkaiAuth ??= createAuth(getPrisma());
  return globalForAuth.gongkaiAuth;
}
