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
});
