// One real PostgreSQL for the integration tests: TEST_DATABASE_URL if given (must be on
// this machine: the tests create and drop databases), otherwise a throwaway embedded
// server under .data-test/. Each run gets a fresh database with all migrations applied.
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { ensureDatabase } from '../../lib/db/database.ts';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../lib/db/embedded-postgres.ts';
import { applyMigrations } from '../../lib/db/schema-engine.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    adminDatabaseUrl: string;
  }
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

export function assertLocalDatabase(url: string): void {
  const host = new URL(url).hostname;
  if (!LOCAL_HOSTS.has(host)) {
    throw new Error(`TEST_DATABASE_URL points at ${host}; the tests create and drop databases, so only a server on this machine is allowed.`);
  }
}

export default async function setup(project: TestProject) {
  let embedded: EmbeddedDatabase | undefined;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    assertLocalDatabase(adminUrl);
  } else {
    const dir = path.resolve('.data-test', `run-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    embedded = await startEmbeddedPostgres(dir, { persistent: false });
    adminUrl = embedded.url;
  }
  const name = `gongkai_test_${randomBytes(4).toString('hex')}`;
  const databaseUrl = await ensureDatabase(adminUrl, name);
  await applyMigrations(databaseUrl);
  project.provide('databaseUrl', databaseUrl);
  project.provide('adminDatabaseUrl', adminUrl);

  return async () => {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
    if (embedded) {
      await embedded.stop();
      rmSync(embedded.dataDir, { recursive: true, force: true });
    }
  };
}
