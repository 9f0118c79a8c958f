// Better Auth, configured once: email or username + password, sessions in PostgreSQL
// through our Prisma client, passwords hashed by the library, sign-in rate-limited with the
// counters in the database. There is no public sign-up: admins create accounts (CLI or
// /admin/users). Roles and region limits are columns of "User" that only we write.
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { nextCookies } from 'better-auth/next-js';
import { username } from 'better-auth/plugins';
import { getPrisma, type Db } from '../db/client.ts';
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
