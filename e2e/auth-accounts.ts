// Accounts for the end-to-end tests, written straight into the database of the server that
// Playwright started (`npm start` on GONGKAI_DATA_DIR=.data-e2e, embedded PostgreSQL): its
// port is in PostgreSQL's own postmaster.pid, its password in the data folder. Passwords are
// random per run, never constants.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createUser, findUserByLogin } from '../lib/auth/manage-users.ts';
import type { Role } from '../lib/auth/permissions.ts';
import { createPrismaClient } from '../lib/db/client.ts';

export type E2eAccount = { email: string; username: string; name: string; role: Role; regionPath?: string[]; password: string };

export function e2eDatabaseUrl(dataDir = process.env.E2E_DATA_DIR ?? '.data-e2e'): string {
  const dir = path.resolve(dataDir);
  // postmaster.pid: pid, data directory, start time, port, ...
  const port = readFileSync(path.join(dir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[3]?.trim();
  const password = readFileSync(path.join(dir, 'pg-password'), 'utf8').trim();
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/gongkai`;
}

export function account(username: string, role: Role, regionPath?: string[]): E2eAccount {
  return { email: `${username}@e2e.example.cn`, username, name: `E2E ${username}`, role, regionPath, password: randomBytes(12).toString('base64url') };
}

async function regionIdOf(db: ReturnType<typeof createPrismaClient>, names: string[]): Promise<number> {
  let parentId: number | null = null;
  for (const name of names) {
    const found: { id: number } | null = await db.region.findFirst({ where: { name, parentId }, select: { id: true } });
    if (!found) throw new Error(`e2e: region ${names.join('/')} is not in the demo data`);
    parentId = found.id;
  }
  return parentId!;
}

export async function removeAccounts(emails: string[]): Promise<void> {
  const db = createPrismaClient(e2eDatabaseUrl());
  try {
    await db.user.deleteMany({ where: { email: { in: emails } } });
  } finally {
    await db.$disconnect();
  }
}

/** Creates the accounts (a second run in the same database replaces them). */
export async function createAccounts(accounts: E2eAccount[]): Promise<void> {
  const db = createPrismaClient(e2eDatabaseUrl());
  try {
    for (const item of accounts) {
      const existing = await findUserByLogin(db, item.email);
      if (existing) await db.user.delete({ where: { id: existing.id } });
      const regionId = item.regionPath ? await regionIdOf(db, item.regionPath) : null;
      await createUser(db, { email: item.email, username: item.username, name: item.name, password: item.password, role: item.role, regionId }, { cli: true, name: 'e2e' });
    }
  } finally {
    await db.$disconnect();
  }
}
