// Shared helpers for the dashboard's raw SQL: results are validated with zod before a page
// sees them (PostgreSQL returns bigint for COUNT/SUM, so numbers are coerced on purpose).
import { z } from 'zod';
import { Prisma } from '../db/generated/prisma/client.ts';

/** A number from COUNT/SUM/float columns (bigint or number). */
export const num = z.coerce.number();
/** A figure that may be missing (a report that did not state it). */
export const optNum = z.union([z.null(), z.coerce.number()]);

/** The metric columns every comparison, trend and profile row carries (spread into their row schemas). */
export const metricFields = {
  publications: optNum,
  received: optNum,
  granted: optNum,
  partiallyGranted: optNum,
  denied: optNum,
  unavailable: optNum,
  notProcessed: optNum,
  other: optNum,
  penalties: optNum,
};

export function parseRows<T extends z.ZodType>(schema: T, rows: unknown[]): z.infer<T>[] {
  return z.array(schema).parse(rows);
}

/** ORDER BY direction from the fixed list; never user text. */
export function sqlDirection(dir: 'asc' | 'desc'): Prisma.Sql {
  return dir === 'asc' ? Prisma.raw('ASC') : Prisma.raw('DESC');
}

/** Chinese names in pinyin order: GB18030 byte order follows pinyin for common characters. */
export function byChineseName(column: string): Prisma.Sql {
  if (!/^[a-z]+\.[a-z"A-Z]+$/.test(column)) throw new Error(`invalid column ${column}`);
  return Prisma.raw(`convert_to(${column}, 'GB18030')`);
}
