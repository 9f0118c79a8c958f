// THE ENUMERATION TEST: every route handler (app/**/route.ts) and every server action ('use
// server' files) is found on disk, and each one that can change data is called as an
// anonymous visitor (must get 401) and as a signed-in viewer (must get 403). A new route or
// action that forgets its check fails here. Only Better Auth's own endpoint is allow-listed.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { createPrismaClient } from '../../lib/db/client.ts';
import { createSignedInUser, connectTestDatabase, type TestAccount } from './fixtures/auth-session.ts';

// Server actions read the request's cookies through next/headers; outside Next, tests set them here.
const requestCookie = vi.hoisted(() => ({ value: '' }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers(requestCookie.value ? { cookie: requestCookie.value } : {}),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => {}, delete: () => {} }),
}));

const ROOT = path.resolve('.');
const MUTATING = ['POST', 'PUT', 'PATCH', 'DELETE'] as const;
/** Public on purpose: sign-in/sign-out themselves (rate-limited by the library). */
const ALLOWED_PUBLIC_ROUTES = new Set(['app/api/auth/[...all]/route.ts']);
const SOURCE = /\.(ts|tsx|js|jsx|mjs)$/;
const SKIP_DIRS = new Set(['node_modules', '.next', 'generated', 'test-results']);

function listFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return SKIP_DIRS.has(entry.name) || entry.name.startsWith('.') ? [] : listFiles(relative);
    return SOURCE.test(entry.name) ? [relative] : [];
  });
}

const routeFiles = listFiles('app').filter((file) => /\/route\.(ts|tsx|js|mjs)$/.test(file));
const sourceFiles = ['app', 'lib', 'components'].flatMap(listFiles).filter((file) => !file.endsWith('.test.ts'));
const USE_SERVER = /^\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*\s*['"]use server['"]/;
const actionFiles = sourceFiles.filter((file) => USE_SERVER.test(readFileSync(path.join(ROOT, file), 'utf8')));

/** Dynamic segments of a route's folder as Next passes them: [id] → '1', [...slug] → ['1']. */
function paramsFor(file: string): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = {};
  for (const match of file.matchAll(/\[\[?(\.\.\.)?([^\]]+)\]\]?/g)) params[match[2]!] = match[1] ? ['1'] : '1';
  return params;
}

type Outcome = { code: string | undefined; detail: string };

async function callRoute(handler: (request: Request, context: unknown) => Promise<Response>, file: string, method: string, cookie: string): Promise<Outcome> {
  const request = new Request('http://localhost/api/enumeration-test', {
    method,
    headers: { 'content-type': 'application/json', origin: 'http://localhost', ...(cookie ? { cookie } : {}) },
    body: '{}',
  });
  const response = await handler(request, { params: Promise.resolve(paramsFor(file)) });
  const body = (await response.json().catch(() => null)) as { error?: { code?: string } } | null;
  const expected = { unauthorized: 401, forbidden: 403 } as Record<string, number>;
  const code = body?.error?.code;
  return { code: code && expected[code] === response.status ? code : undefined, detail: `HTTP ${response.status} ${JSON.stringify(body)}` };
}

/** A refused action either throws AppError, returns { error: { code } }, or redirects to sign-in / the 403 page. */
async function callAction(action: (...args: unknown[]) => unknown, cookie: string): Promise<Outcome> {
  requestCookie.value = cookie;
  try {
    const result = (await action(null, new FormData())) as { error?: { code?: string } } | undefined;
    return { code: result?.error?.code, detail: `returned ${JSON.stringify(result)}` };
  } catch (error) {
    const { code, digest, message } = error as { code?: unknown; digest?: unknown; message?: string };
    if (typeof digest === 'string' && digest.startsWith('NEXT_REDIRECT')) {
      const target = digest.split(';')[2] ?? '';
      return { code: target.startsWith('/sign-in') ? 'unauthorized' : target === '/forbidden' ? 'forbidden' : undefined, detail: `redirect ${target}` };
    }
    return { code: typeof code === 'string' ? code : undefined, detail: `threw ${message}` };
  } finally {
    requestCookie.value = '';
  }
}

describe('every data-changing route and server action refuses anonymous callers (401) and viewers (403)', () => {
  const db = createPrismaClient(inject('databaseUrl'));
  let viewer: TestAccount;

  beforeAll(async () => {
    connectTestDatabase(inject('databaseUrl'));
    viewer = await createSignedInUser(db, 'viewer');
  });
  afterAll(() => db.$disconnect());

  it('finds the route files (the scan itself works)', () => {
    expect(routeFiles).toContain('app/api/auth/[...all]/route.ts');
    expect(actionFiles).toContain('app/admin/users/actions.ts');
  });

  it('has no inline server actions, which this test could not enumerate', () => {
    const inline = sourceFiles.filter((file) => {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      return !USE_SERVER.test(text) && /['"]use server['"]/.test(text);
    });
    expect(inline, 'move inline "use server" functions into a file that starts with "use server"').toEqual([]);
  });

  for (const file of routeFiles.filter((route) => !ALLOWED_PUBLIC_ROUTES.has(route))) {
    it(`${file}: mutating handlers check the caller`, async () => {
      const route = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
      for (const method of MUTATING) {
        const handler = route[method];
        if (typeof handler !== 'function') continue;
        const anonymous = await callRoute(handler as never, file, method, '');
        expect(anonymous.code, `${method} ${file} as anonymous: ${anonymous.detail}`).toBe('unauthorized');
        const signedIn = await callRoute(handler as never, file, method, viewer.cookie);
        expect(signedIn.code, `${method} ${file} as viewer: ${signedIn.detail}`).toBe('forbidden');
      }
    });
  }

  // Reading is public only when GONGKAI_ANONYMOUS_READ=true; by default every read route
  // (CSV extracts, source files, batch status) refuses an anonymous caller too.
  for (const file of routeFiles.filter((route) => !ALLOWED_PUBLIC_ROUTES.has(route))) {
    it(`${file}: GET refuses anonymous callers while anonymous reading is off`, async () => {
      const route = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
      if (typeof route.GET !== 'function') return;
      const request = new Request('http://localhost/api/enumeration-test');
      const response = await (route.GET as (request: Request, context: unknown) => Promise<Response>)(request, { params: Promise.resolve(paramsFor(file)) });
      const body = (await response.json().catch(() => null)) as { error?: { code?: string } } | null;
      expect(`${response.status} ${body?.error?.code}`, `GET ${file} as anonymous`).toBe('401 unauthorized');
    });
  }

  for (const file of actionFiles) {
    it(`${file}: every server action checks the caller`, async () => {
      const actions = Object.entries((await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>).filter(
        (entry): entry is [string, (...args: unknown[]) => unknown] => typeof entry[1] === 'function',
      );
      expect(actions.length, `${file} exports no action`).toBeGreaterThan(0);
      for (const [name, action] of actions) {
        const anonymous = await callAction(action, '');
        expect(anonymous.code, `${name} (${file}) as anonymous: ${anonymous.detail}`).toBe('unauthorized');
        const signedIn = await callAction(action, viewer.cookie);
        expect(signedIn.code, `${name} (${file}) as viewer: ${signedIn.detail}`).toBe('forbidden');
      }
    });
  }
});
