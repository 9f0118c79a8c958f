// Better Auth's own endpoints (sign-in, sign-out, session). Public by design: they are the
// way in, rate-limited by the library; the route enumeration test allow-lists this file only.
import { toNextJsHandler } from 'better-auth/next-js';
import { getAuth } from '@/lib/auth/auth-server';

const handler = (request: Request) => getAuth().handler(request);

export const { GET, POST } = toNextJsHandler(handler);
