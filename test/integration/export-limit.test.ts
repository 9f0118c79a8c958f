import { describe, expect, inject, it } from 'vitest';
import { Prisma } from '../../lib/db/generated/prisma/client.ts';
import { AppError } from '../../lib/errors.ts';
import { MAX_CONCURRENT_EXPORTS, openCsvCursorStream } from '../../lib/export/cursor-stream.ts';

describe('concurrent CSV exports', () => {
  const databaseUrl = inject('databaseUrl');
  const open = () =>
    openCsvCursorStream({
      databaseUrl,
      query: Prisma.sql`SELECT g FROM generate_series(1, 3) g`,
      head: 'n\r\n',
      batchSize: 2,
      formatBatch: (rows) => rows.map((row) => `${String(row[0])}\r\n`).join(''),
    });

  it('refuses one export too many with 429, and accepts again once one is finished', async () => {
    const streams = await Promise.all(Array.from({ length: MAX_CONCURRENT_EXPORTS }, open));
    const refused = await open().catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('too_many_requests');
    expect(await new Response(streams[0]).text()).toBe('n\r\n1\r\n2\r\n3\r\n');
    const again = await open();
    expect(await new Response(again).text()).toBe('n\r\n1\r\n2\r\n3\r\n');
    await Promise.all(streams.slice(1).map((stream) => stream.cancel()));
    expect(await new Response(await open()).text()).toBe('n\r\n1\r\n2\r\n3\r\n');
  });
});
