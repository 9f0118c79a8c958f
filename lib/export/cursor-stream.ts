// Streams a query's rows as CSV text from a server-side cursor, in flat memory. Each export
// gets its own pg.Client (a cursor lives in one transaction on one connection, which the
// Prisma pool cannot lend out for the length of a download). The ReadableStream is
// pull-based with a high-water mark of one batch, and at most one FETCH runs ahead: a slow
// consumer (the HTTP response to a slow browser) stops the reading, so memory is two
// batches however large the extract. Cancelling the download closes the cursor.
import pg from 'pg';
import type { Prisma } from '../db/generated/prisma/client.ts';
import { AppError } from '../errors.ts';

export type CsvCursorOptions = {
  query: Prisma.Sql;
  /** Text sent first (BOM and header). */
  head: string;
  /** Rows per FETCH; a long-extract row is one report (about 200 cells). */
  batchSize: number;
  /** Turns one batch of rows (array row mode, columns in SELECT order) into CSV text or bytes. */
  formatBatch: (rows: unknown[][]) => string | Uint8Array;
  databaseUrl?: string;
};

const CURSOR = 'gongkai_export';

// Each running export holds a database connection for as long as the download lasts; beyond
// this many at once, further requests are refused (429) instead of exhausting connections.
export const MAX_CONCURRENT_EXPORTS = 4;
let runningExports = 0;

function getDatabaseUrl(explicit?: string): string {
  const url = explicit ?? process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: start Gongkai with `npm start`, which provides the database.');
  return url;
}

/**
 * Opens the cursor before returning, so that a failing query becomes an error response
 * rather than a download that breaks after its headers were sent.
 */
export async function openCsvCursorStream(options: CsvCursorOptions): Promise<ReadableStream<Uint8Array>> {
  const client = new pg.Client({ connectionString: getDatabaseUrl(options.databaseUrl), application_name: 'gongkai-export' });
  if (runningExports >= MAX_CONCURRENT_EXPORTS) throw new AppError('too_many_requests', `同时进行的导出已达 ${MAX_CONCURRENT_EXPORTS} 个，请稍后再试`);
  runningExports++;
  let released = false;
  const release = async (commit: boolean) => {
    if (released) return;
    released = true;
    runningExports--;
    try {
      await client.query(commit ? 'COMMIT' : 'ROLLBACK');
    } catch {
      // The connection may already be broken; ending it is all that is left to do.
    }
    await client.end().catch(() => undefined);
  };
  try {
    await client.connect();
    // One snapshot for the whole file: rows imported during a long download do not tear it.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await client.query({ text: `DECLARE ${CURSOR} NO SCROLL CURSOR FOR ${options.query.text}`, values: options.query.values });
  } catch (error) {
    await release(false);
    throw error;
  }
  const encoder = new TextEncoder();
  const fetchText = `FETCH ${Math.max(1, Math.floor(options.batchSize))} FROM ${CURSOR}`;
  const fetchBatch = () => client.query<unknown[]>({ text: fetchText, rowMode: 'array' });
  // One FETCH in flight while the previous batch is formatted and sent: PostgreSQL and
  // Node work in parallel, and memory stays bounded at two batches.
  let pending: ReturnType<typeof fetchBatch> | null = null;
  let headSent = false;
  const stop = async (commit: boolean) => {
    await pending?.catch(() => undefined);
    pending = null;
    await release(commit);
  };
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          if (!headSent) {
            headSent = true;
            pending = fetchBatch();
            controller.enqueue(encoder.encode(options.head));
            return;
          }
          const result = await (pending ?? fetchBatch());
          pending = null;
          if (result.rows.length === 0) {
            await stop(true);
            controller.close();
            return;
          }
          pending = fetchBatch();
          const chunk = options.formatBatch(result.rows);
          controller.enqueue(typeof chunk === 'string' ? encoder.encode(chunk) : chunk);
        } catch (error) {
          await stop(false);
          controller.error(error);
        }
      },
      async cancel() {
        await stop(false);
      },
    },
    { highWaterMark: 1 },
  );
}
