// The secret that signs session cookies: BETTER_AUTH_SECRET when set (several servers on one
// database must share it), otherwise a random one created on first use in the data folder
// (mode 600, git-ignored with it). Never a value baked into the code.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config.ts';

export const SECRET_FILE = 'auth-secret';

export function resolveAuthSecret(env: Record<string, string | undefined> = process.env, dataDir?: string): string {
  const fromEnv = env.BETTER_AUTH_SECRET?.trim();
  if (fromEnv) return fromEnv;
  const dir = dataDir ?? loadConfig(env).dataDir;
  const file = path.join(dir, SECRET_FILE);
  if (existsSync(file)) {
    const stored = readFileSync(file, 'utf8').trim();
    if (stored.length >= 32) return stored;
  }
  mkdirSync(dir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  // 'wx' fails if another process wrote the file meanwhile; then read theirs.
  try {
    writeFileSync(file, `${secret}\n`, { flag: 'wx', mode: 0o600 });
    chmodSync(file, 0o600);
    return secret;
  } catch {
    return readFileSync(file, 'utf8').trim();
  }
}
