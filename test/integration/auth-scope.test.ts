// Region scope against a real PostgreSQL: a 济源市 editor may import into 济源市 only, and
// reads or exports 济源市 only, also when region or town ids are edited in the request.
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import type { RegionRef } from '../../lib/auth/permissions.ts';
import { createPrismaClient } from '../../lib/db/client.ts';
import { Prisma } from '../../lib/db/generated/prisma/client.ts';
import { scopeCondition } from '../../lib/queries/scope.ts';
import { createSignedInUser, connectTestDatabase, type TestAccount } from './fixtures/auth-session.ts';
import { insertTestReport, truncateAll } from './fixtures/insert-report.ts';

vi.mock('next/headers', () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => {} }) }));

const db = createPrismaClient(inject('databaseUrl'));
connectTestDatabase(inject('databaseUrl'));
const auth = await import('../../lib/auth/index.ts');
const { getUserFromHeaders } = await import('../../lib/auth/current-user.ts');
const { loadRegionRef } = await import('../../lib/auth/region-path.ts');
const { AppError } = await import('../../lib/errors.ts');

const signedIn = (account: TestAccount) => getUserFromHeaders(new Headers({ cookie: account.cookie }));
const region = async (id: number) => (await loadRegionRef(db, id)) as RegionRef;

describe('region scope', () => {
  const ids = { jiyuan: 0, zhengzhou: 0, chengliu: 0, kejing: 0, jia: 0 };
  let jiyuanEditor: TestAccount;
  let jiyuanViewer: TestAccount;
  let nationalEditor: TestAccount;

  beforeAll(async () => {
    await truncateAll(db);
    ids.chengliu = (await insertTestReport(db, { regionPath: ['河南省', '济源市', '承留镇'], year: 2024, figures: { publications: 10 } })).townId;
    ids.kejing = (await insertTestReport(db, { regionPath: ['河南省', '济源市', '克井镇'], year: 2024, figures: { publications: 20 } })).townId;
    ids.jia = (await insertTestReport(db, { regionPath: ['河南省', '郑州市', '中牟县', '甲镇'], year: 2024, figures: { publications: 30 } })).townId;
    ids.jiyuan = (await db.region.findFirstOrThrow({ where: { name: '济源市' } })).id;
    ids.zhengzhou = (await db.region.findFirstOrThrow({ where: { name: '郑州市' } })).id;
    jiyuanEditor = await createSignedInUser(db, 'editor', ids.jiyuan);
    jiyuanViewer = await createSignedInUser(db, 'viewer', ids.jiyuan);
    nationalEditor = await createSignedInUser(db, 'editor');
  });
  afterAll(() => db.$disconnect());

  it('a 济源市 editor may import into 济源市 towns only', async () => {
    const user = await signedIn(jiyuanEditor);
    expect(user?.region?.name).toBe('济源市');
    expect(auth.canImport(user, await region(ids.chengliu))).toBe(true);
    expect(auth.canImport(user, await region(ids.jiyuan))).toBe(true);
    expect(auth.canImport(user, await region(ids.jia))).toBe(false);
    expect(auth.canImport(user, await region(ids.zhengzhou))).toBe(false);
    expect(auth.canImport(user, null)).toBe(false); // "anywhere" is not 济源市
    expect(auth.canImport(await signedIn(nationalEditor), await region(ids.jia))).toBe(true);
    expect(auth.canImport(await signedIn(jiyuanViewer), await region(ids.chengliu))).toBe(false);
    expect(auth.canImport(null, await region(ids.chengliu))).toBe(false);
  });

  it('a route behind withAuth answers 403 when the region id in the body points at another city', async () => {
    const POST = auth.withAuth('import', async (request, _context: unknown, user) => {
      const { regionId } = (await request.json()) as { regionId: number };
      auth.authorize(user, 'import', await loadRegionRef(db, regionId));
      return Response.json({ ok: true });
    });
    const call = (account: TestAccount | null, regionId: number) =>
      POST(new Request('http://localhost/api/x', { method: 'POST', headers: account ? { cookie: account.cookie } : {}, body: JSON.stringify({ regionId }) }), undefined);

    expect((await call(jiyuanEditor, ids.chengliu)).status).toBe(200);
    const refused = await call(jiyuanEditor, ids.jia);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ error: { code: 'forbidden', message: '没有权限访问该地区的数据' } });
    expect((await call(jiyuanViewer, ids.chengliu)).status).toBe(403);
    expect((await call(null, ids.chengliu)).status).toBe(401);
  });

  it('reads are narrowed: another city, or its town ids, give an empty result', async () => {
    const scope = auth.scopeForUser(await signedIn(jiyuanViewer));
    const townsOf = async (requested: Prisma.Sql) =>
      (await db.$queryRaw<{ townId: number }[]>`SELECT r."townId" FROM "Report" r WHERE ${requested} AND ${scope.sql} ORDER BY r."townId"`).map((row) => row.townId);

    expect(await townsOf(Prisma.sql`TRUE`)).toEqual([ids.chengliu, ids.kejing].sort((a, b) => a - b));
    expect(await townsOf(scopeCondition(await region(ids.zhengzhou)))).toEqual([]);
    expect(await townsOf(Prisma.sql`r."townId" = ANY(${[ids.jia]}::int[])`)).toEqual([]);
    expect(await townsOf(scopeCondition(await region(ids.chengliu)))).toEqual([ids.chengliu]);

    const viaPrisma = await db.report.findMany({ where: { AND: [{ cityId: ids.zhengzhou }, scope.where] } });
    expect(viaPrisma).toEqual([]);
    expect(await db.report.count({ where: scope.where })).toBe(2);
    expect(auth.scopeForUser(await signedIn(nationalEditor)).where).toEqual({});
  });

  it('authorizeRead refuses another city with 403, and anonymous callers with 401 while anonymous reading is off', async () => {
    const request = (account: TestAccount | null) => new Request('http://localhost/x', { headers: account ? { cookie: account.cookie } : {} });
    await expect(auth.authorizeRead(request(jiyuanViewer), await region(ids.zhengzhou))).rejects.toMatchObject({ code: 'forbidden' });
    const own = await auth.authorizeRead(request(jiyuanViewer), await region(ids.chengliu));
    expect(own.scope.region?.id).toBe(ids.jiyuan);
    const all = await auth.authorizeRead(request(jiyuanViewer), null);
    expect(all.scope.where).toEqual({ cityId: ids.jiyuan });
    await expect(auth.authorizeRead(request(null), null)).rejects.toBeInstanceOf(AppError);
    await expect(auth.authorizeRead(request(null), null)).rejects.toMatchObject({ code: 'unauthorized' });

    const jia = await db.report.findFirstOrThrow({ where: { townId: ids.jia } });
    await expect(auth.authorizeReportRead(request(jiyuanViewer), jia)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(auth.authorizeReportRead(request(nationalEditor), jia)).resolves.toMatchObject({ role: 'editor' });
  });

  it('with GONGKAI_ANONYMOUS_READ=true anonymous visitors may read everything, but never change anything', async () => {
    process.env.GONGKAI_ANONYMOUS_READ = 'true';
    try {
      const anonymous = new Request('http://localhost/x');
      const { user, scope } = await auth.authorizeRead(anonymous, await region(ids.zhengzhou));
      expect(user).toBeNull();
      expect(scope.where).toEqual({});
      expect(() => auth.authorize(null, 'import', null)).toThrow(expect.objectContaining({ code: 'unauthorized' }));
    } finally {
      process.env.GONGKAI_ANONYMOUS_READ = 'false';
    }
  });

  describe('the CSV routes (app/api/export/*, through lib/export/access.ts)', () => {
    const exportAs = async (account: TestAccount, query: string) => {
      const route = await import('../../app/api/export/wide/route.ts');
      const response = await route.GET(new Request(`http://localhost/api/export/wide?${query}`, { headers: { cookie: account.cookie } }));
      const text = response.ok ? await response.text() : '';
      return { status: response.status, rows: text.split('\r\n').filter(Boolean).length - 1 };
    };

    it('a 济源市 account exports 济源市 only, whatever the URL says', async () => {
      expect(await exportAs(jiyuanViewer, '')).toEqual({ status: 200, rows: 2 });
      expect(await exportAs(jiyuanViewer, `region=${ids.chengliu}`)).toEqual({ status: 200, rows: 1 });
      expect((await exportAs(jiyuanViewer, `region=${ids.zhengzhou}`)).status).toBe(403);
      expect(await exportAs(jiyuanViewer, `towns=${ids.jia}`)).toEqual({ status: 200, rows: 0 });
      expect(await exportAs(nationalEditor, `region=${ids.zhengzhou}`)).toEqual({ status: 200, rows: 1 });
    });
  });
  describe('the import routes (app/api/import/*)', () => {
    const post = async (account: TestAccount, regionPath?: string) => {
      const route = await import('../../app/api/import/batches/route.ts');
      const response = await route.POST(
        new Request('http://localhost/api/import/batches', { method: 'POST', headers: { cookie: account.cookie, 'content-type': 'application/json' }, body: JSON.stringify(regionPath ? { regionPath } : {}) }),
      );
      return { status: response.status, body: (await response.json()) as { batchId?: number; error?: { code: string } } };
    };

    it('a 济源市 editor opens batches for 济源市 only; without a target the batch is limited to 济源市', async () => {
      expect((await post(jiyuanEditor, '河南省/济源市')).status).toBe(201);
      expect(await post(jiyuanEditor, '河南省/郑州市')).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
      expect((await post(jiyuanViewer, '河南省/济源市')).status).toBe(403);
      const open = await post(jiyuanEditor);
      expect(open.status).toBe(201);
      expect((await db.importBatch.findUniqueOrThrow({ where: { id: open.body.batchId! } })).regionPath).toBe('河南省/济源市');
    });

    it('uploading into another city\'s batch by editing its id is refused', async () => {
      const theirs = await post(nationalEditor, '河南省/郑州市');
      const route = await import('../../app/api/import/batches/[id]/files/route.ts');
      const form = new FormData();
      form.append('files', new File(['x'], 'x.txt'));
      const response = await route.POST(new Request('http://localhost/x', { method: 'POST', headers: { cookie: jiyuanEditor.cookie }, body: form }), {
        params: Promise.resolve({ id: String(theirs.body.batchId) }),
      });
      expect(response.status).toBe(403);
    });
  });
});
