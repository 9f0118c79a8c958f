import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { applyMigrations, diffMigrationsToSchema, readMigrations } from '../../lib/db/schema-engine.ts';

describe('migrations', () => {
  const databaseUrl = inject('databaseUrl');

  it('are recorded in Prisma’s own _prisma_migrations table', async () => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ migration_name: string; finished_at: Date | null }>(
        'SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name',
      );
      const expected = readMigrations().migrationDirectories.map((dir) => dir.path);
      expect(expected.length).toBeGreaterThan(0);
      expect(rows.map((row) => row.migration_name)).toEqual(expected);
      expect(rows.every((row) => row.finished_at instanceof Date)).toBe(true);
    } finally {
      await client.end();
    }
  });

  it('apply a second time without change', async () => {
    expect(await applyMigrations(databaseUrl)).toEqual([]);
  });

  it('match schema.prisma exactly (no migration is missing or hand-edited out of step)', async () => {
    const sql = await diffMigrationsToSchema(databaseUrl);
    expect(sql.trim()).toMatch(/^(-- This is an empty migration\.?)?$/);
  });

  it('store source files and plain texts uncompressed (a hand-written migration: Prisma cannot express storage)', async () => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ table: string; column: string; storage: string }>(`
        SELECT c.relname AS table, a.attname AS column, a.attstorage AS storage
        FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
        WHERE (c.relname, a.attname) IN (('SourceFile', 'bytes'), ('ReportVersion', 'plainText'), ('ReportVersion', 'read'))
        ORDER BY 1, 2`);
      // 'e' is EXTERNAL (out of line, never compressed); 'x' is the default EXTENDED.
      expect(rows).toEqual([
        { table: 'ReportVersion', column: 'plainText', storage: 'e' },
        { table: 'ReportVersion', column: 'read', storage: 'x' },
        { table: 'SourceFile', column: 'bytes', storage: 'e' },
      ]);
    } finally {
      await client.end();
    }
  });
});
