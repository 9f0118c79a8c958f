// Accounts against a real PostgreSQL: sign-in through Better Auth's HTTP endpoints (e-mail
// and username), the rate limit kept in the database (it survives a restart), no public
// sign-up, account changes taking effect on the next request, and the audit log.
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { ACCOUNT_SIGN_IN_LIMIT } from '../../lib/auth/auth-constants.ts';
import { createPrismaClient } from '../../lib/db/client.ts';
import { createSignedInUser, connectTestDatabase } from './fixtures/auth-session.ts';
import { truncateAll } from './fixtures/insert-report.ts';

vi.mock('next/headers', () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => {} }) }));

const db = createPrismaClient(inject('databaseUrl'));
connectTestDatabase(inject('databaseUrl'));
const { createAuth, getAuth } = await import('../../lib/auth/auth-server.ts');
const { getUserFromHeaders } = await import('../../lib/auth/current-user.ts');
const users = await import('../../lib/auth/manage-users.ts');
const { recordAudit } = await import('../../lib/auth/audit.ts');
const { isAnonymousReadEnabled } = await import('../../lib/auth/anonymous-read.ts');

const CLI = { cli: true } as const;

function post(path: string, body: unknown, address: string, auth = getAuth()) {
  return auth.handler(
    new Request(`http://localhost/api/auth${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost', 'x-forwarded-for': address },
      body: JSON.stringify(body),
    }),
  );
}

describe('accounts and sessions', () => {
  beforeAll(() => truncateAll(db));
  afterAll(() => db.$disconnect());

  it('signs in by e-mail or by username; the password is stored hashed, never in clear', async () => {
    await users.createUser(db, { email: 'Wang@Example.cn', username: 'Wang_Li', name: '王力', password: 'correct horse battery', role: 'editor' }, CLI);
    expect((await post('/sign-in/email', { email: 'wang@example.cn', password: 'correct horse battery' }, '198.51.100.1')).status).toBe(200);
    expect((await post('/sign-in/username', { username: 'wang_li', password: 'correct horse battery' }, '198.51.100.1')).status).toBe(200);
    expect((await post('/sign-in/username', { username: 'wang_li', password: 'wrong password!' }, '198.51.100.1')).status).toBe(401);
    const account = await db.account.findFirstOrThrow({ where: { user: { email: 'wang@example.cn' } } });
    expect(account.providerId).toBe('credential');
    expect(account.password).not.toContain('correct horse');
    expect(await db.session.count({ where: { user: { email: 'wang@example.cn' } } })).toBe(2);
  });

  it('offers no public sign-up', async () => {
    const response = await post('/sign-up/email', { email: 'intruder@example.cn', password: 'a-long-password', name: 'x' }, '198.51.100.2');
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await db.user.count({ where: { email: 'intruder@example.cn' } })).toBe(0);
  });

  it('rate-limits sign-in per address, with the counters in PostgreSQL (a restart does not reset them)', async () => {
    const address = '198.51.100.77';
    const attempt = (auth = getAuth()) => post('/sign-in/email', { email: 'wang@example.cn', password: 'guess-guess-guess' }, address, auth);
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await attempt()).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    expect((await attempt()).status).toBe(429);
    const row = await db.rateLimit.findFirstOrThrow({ where: { key: { contains: address } } });
    expect(row.count).toBe(5);
    // A new server process: a new auth instance over a new client, same database.
    const restarted = createAuth(createPrismaClient(inject('databaseUrl')));
    expect((await attempt(restarted)).status).toBe(429);
    expect((await post('/sign-in/email', { email: 'wang@example.cn', password: 'guess-guess-guess' }, '198.51.100.78')).status).toBe(401);
  });

  it('limits attempts per account whatever the address (X-Forwarded-For can be forged); a successful sign-in clears the count', async () => {
    await users.createUser(db, { email: 'li@example.cn', name: '李', password: 'li-password-right', role: 'viewer' }, CLI);
    const statuses = [];
    for (let i = 1; i <= ACCOUNT_SIGN_IN_LIMIT.max; i++) statuses.push((await post('/sign-in/email', { email: 'li@example.cn', password: 'a-wrong-guess' }, `203.0.113.${i}`)).status);
    expect(statuses).toEqual(Array(ACCOUNT_SIGN_IN_LIMIT.max).fill(401));
    // Even the right password, from an address never seen, waits for the window now.
    const refused = await post('/sign-in/email', { email: ' LI@example.cn ', password: 'li-password-right' }, '203.0.113.200');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(ACCOUNT_SIGN_IN_LIMIT.window - 60);
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key: 'account:li@example.cn' } })).count).toBe(ACCOUNT_SIGN_IN_LIMIT.max + 1);

    await users.createUser(db, { email: 'zhao@example.cn', username: 'zhao', name: '赵', password: 'zhao-password-right', role: 'viewer' }, CLI);
    for (let i = 0; i < 3; i++) expect((await post('/sign-in/username', { username: 'zhao', password: 'nope-nope-nope' }, `203.0.114.${i}`)).status).toBe(401);
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key: 'account:zhao' } })).count).toBe(3);
    expect((await post('/sign-in/username', { username: 'zhao', password: 'zhao-password-right' }, '203.0.114.9')).status).toBe(200);
    expect(await db.rateLimit.count({ where: { key: 'account:zhao' } })).toBe(0);
  });

  it('role changes, password resets and deletions take effect on the next request', async () => {
    const admin = await users.createUser(db, { email: 'admin@example.cn', name: '管理员', password: 'admin-password-1', role: 'admin' }, CLI);
    const editor = await createSignedInUser(db, 'editor');
    const request = () => getUserFromHeaders(new Headers({ cookie: editor.cookie }));
    expect((await request())?.role).toBe('editor');

    await users.updateUserAccess(db, editor.id, { role: 'viewer', regionId: null }, { id: admin.id, name: admin.name });
    expect((await request())?.role).toBe('viewer');

    await users.setUserPassword(db, editor.id, 'a-brand-new-password', { id: admin.id, name: admin.name });
    expect(await request()).toBeNull(); // signed out everywhere
    expect((await post('/sign-in/email', { email: editor.email, password: 'a-brand-new-password' }, '198.51.100.3')).status).toBe(200);

    await users.deleteUser(db, editor.id, { id: admin.id, name: admin.name });
    expect(await db.session.count({ where: { userId: editor.id } })).toBe(0);
    const actions = await db.auditLog.findMany({ where: { target: editor.email }, orderBy: { id: 'asc' } });
    expect(actions.map((entry) => [entry.action, entry.actorName])).toEqual([
      ['user.create', '命令行（test）'],
      ['user.update', '管理员'],
      ['user.password', '管理员'],
      ['user.delete', '管理员'],
    ]);
  });

  it('keeps at least one unlimited admin, and an admin cannot delete their own account', async () => {
    const admins = await db.user.findMany({ where: { role: 'admin', regionId: null } });
    expect(admins).toHaveLength(1);
    const admin = admins[0]!;
    await expect(users.updateUserAccess(db, admin.id, { role: 'editor', regionId: null }, CLI)).rejects.toMatchObject({ code: 'conflict' });
    await expect(users.deleteUser(db, admin.id, CLI)).rejects.toMatchObject({ code: 'conflict' });
    await expect(users.deleteUser(db, admin.id, { id: admin.id, name: admin.name })).rejects.toMatchObject({ code: 'conflict' });
    await expect(users.createUser(db, { email: 'ADMIN@example.cn', name: 'x', password: 'another-password' }, CLI)).rejects.toMatchObject({ code: 'conflict' });
    await expect(users.createUser(db, { email: 'short@example.cn', name: 'x', password: 'short' }, CLI)).rejects.toThrow('密码至少 10 位');
  });

  it('recordAudit writes inside the caller\'s transaction: a rolled-back change leaves no entry', async () => {
    const before = await db.auditLog.count();
    await expect(
      db.$transaction(async (tx) => {
        await recordAudit(tx, { actor: CLI, action: 'import', target: '承留镇 2024（seed.txt）', regionId: null, details: { file: 'seed.txt' } });
        throw new Error('the import failed');
      }),
    ).rejects.toThrow('the import failed');
    expect(await db.auditLog.count()).toBe(before);
    await db.$transaction((tx) => recordAudit(tx, { actor: CLI, action: 'import', target: '承留镇 2024（seed.txt）' }));
    expect(await db.auditLog.count()).toBe(before + 1);
  });

  it('reads GONGKAI_ANONYMOUS_READ strictly (off by default)', () => {
    expect(isAnonymousReadEnabled({})).toBe(false);
    expect(isAnonymousReadEnabled({ GONGKAI_ANONYMOUS_READ: 'true' })).toBe(true);
    expect(isAnonymousReadEnabled({ GONGKAI_ANONYMOUS_READ: 'false' })).toBe(false);
    expect(() => isAnonymousReadEnabled({ GONGKAI_ANONYMOUS_READ: 'yes please' })).toThrow('GONGKAI_ANONYMOUS_READ');
  });
});
