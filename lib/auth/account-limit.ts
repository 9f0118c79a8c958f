// Sign-in attempts per account, beside Better Auth's per-address limit. That one keys on the
// client address, which comes from X-Forwarded-For and can be forged where no proxy sets it, so
// a guesser could rotate addresses; counting per e-mail or username caps the guesses against one
// account whatever the address. Counters live in the same "RateLimit" table (keys "account:…"),
// so they hold across restarts and across server processes. A successful sign-in clears them.
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/client.ts';
import { ACCOUNT_SIGN_IN_LIMIT } from './auth-constants.ts';

/** The counter key for what was typed into the sign-in form (case and spaces do not make a new account). */
export function accountLimitKey(identifier: string): string {
  return `account:${identifier.trim().toLowerCase()}`;
}

/**
 * Counts one attempt and says whether it is within the limit. The window is fixed from the first
 * attempt (not extended by later ones), so an account is never locked for longer than one window.
 */
export async function countSignInAttempt(db: Db, identifier: string, now = Date.now()): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
  const { window, max } = ACCOUNT_SIGN_IN_LIMIT;
  const expired = BigInt(now - window * 1000);
  const rows = await db.$queryRaw<{ count: number; lastRequest: bigint }[]>`
    INSERT INTO "RateLimit" (id, key, count, "lastRequest") VALUES (${randomUUID()}, ${accountLimitKey(identifier)}, 1, ${BigInt(now)})
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN "RateLimit"."lastRequest" < ${expired} THEN 1 ELSE "RateLimit".count + 1 END,
      "lastRequest" = CASE WHEN "RateLimit"."lastRequest" < ${expired} THEN EXCLUDED."lastRequest" ELSE "RateLimit"."lastRequest" END
    RETURNING count, "lastRequest"`;
  const row = rows[0];
  if (!row || row.count <= max) return { allowed: true, retryAfterSeconds: 0 };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((Number(row.lastRequest) + window * 1000 - now) / 1000)) };
}

export async function clearSignInAttempts(db: Db, identifier: string): Promise<void> {
  await db.$executeRaw`DELETE FROM "RateLimit" WHERE key = ${accountLimitKey(identifier)}`;
}
