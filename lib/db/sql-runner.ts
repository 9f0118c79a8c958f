// Tagged, parameterised SQL (Prisma.sql templates: constant text, data only in bound
// parameters) run either in a Prisma transaction or straight on a pg connection borrowed from
// the Prisma client's own pool. The bulk import uses the latter: pg sends parameters as they
// are (a Buffer as binary bytea), while Prisma's raw queries serialise every parameter to JSON
// and parse it back, which for the megabytes of a stored chunk cost more than PostgreSQL's work.
import type pg from 'pg';
import type { Prisma } from './generated/prisma/client.ts';
import { sqlPoolOf, type Db } from './client.ts';

export type SqlRunner = {
  /** Runs a statement; the number of rows it touched. */
  execute: (query: Prisma.Sql) => Promise<number>;
  query: <T>(query: Prisma.Sql) => Promise<T[]>;
};

export function prismaRunner(tx: Prisma.TransactionClient): SqlRunner {
  return {
    execute: (query) => tx.$executeRaw(query),
    query: <T>(query: Prisma.Sql) => tx.$queryRaw<T[]>(query),
  };
}

export function pgRunner(client: pg.ClientBase | pg.Pool): SqlRunner {
  return {
    execute: async (query) => (await client.query({ text: query.text, values: query.values })).rowCount ?? 0,
    query: async <T>(query: Prisma.Sql) => (await client.query({ text: query.text, values: query.values })).rows as T[],
  };
}

/**
 * Statements outside a transaction, each on any pooled connection: for the import's per-chunk
 * bookkeeping (which files are known, each file's outcome), where a Prisma call cost the main
 * thread more than the statement cost PostgreSQL.
 */
export function poolRunner(db: Db): SqlRunner {
  return pgRunner(sqlPoolOf(db));
}

/** Runs `work` in one transaction on a pooled pg connection: committed if it returns, rolled back if it throws. */
export async function inPgTransaction<T>(db: Db, work: (sql: SqlRunner, client: pg.ClientBase) => Promise<T>): Promise<T> {
  const client = await sqlPoolOf(db).connect();
  let broken: Error | undefined;
  try {
    // As Prisma's interactive transactions had (a 120 s timeout): no statement waits forever on a lock.
    await client.query("BEGIN; SET LOCAL statement_timeout = '120s'");
    const result = await work(pgRunner(client), client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    // Also after a failed BEGIN or COMMIT: on a live connection ROLLBACK is harmless.
    await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
    throw error;
  } finally {
    // A connection whose rollback failed is in an unknown state: destroy it instead of reusing it.
    client.release(broken);
  }
}
