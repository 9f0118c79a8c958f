// Numbers and paths shared by the auth server, the forms and the CLI (no library imports).
export const AUTH_BASE_PATH = '/api/auth';
export const SIGN_IN_PATH = '/sign-in';
export const FORBIDDEN_PATH = '/forbidden';
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;
/** Sign-in attempts allowed per client address and window (seconds). */
export const SIGN_IN_LIMIT = { window: 60, max: 5 };
/** Sign-in attempts allowed per account (e-mail or username) and window (seconds), whatever the address. */
export const ACCOUNT_SIGN_IN_LIMIT = { window: 15 * 60, max: 10 };

/** Only same-site paths are followed after sign-in ("/import", never "//evil.example" or a URL). */
export function safeNextPath(next: string | null | undefined, fallback = '/'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}
