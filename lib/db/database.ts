// Where the database comes from: DATABASE_URL when set (nothing is started), otherwise the
// embedded server under the data folder. Everything after the connection is the same path.
import path from 'node:path';
import pg from 'pg';
import type { Config } from '../config.ts';
import { findRunningServerUrl, startEmbeddedPostgres } from './embedded-postgres.ts';

export type OpenDatabase = {
  url: string;
  /** Human-readable description for the start banner (never includes the password). */
  description: string;
  embedded: boolean;
  close: () => Promise<void>;
};

const EMBEDDED_DATABASE = 'gongkai';

export function redactUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

/** Creates `name` on the server behind `adminUrl` unless it exists (CREATE DATABASE has no IF NOT EXISTS). */
export async function ensureDatabase(adminUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    // Identifier quoting: `name` is a constant or a test-generated [a-z0-9_] name, never user input.
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * `shareRunning`: when another Gongkai process (npm start) already runs the embedded server
 * for this data folder, use that server instead of refusing (CLI commands); the server
 * command itself keeps the folder to one process.
 */
export async function openDatabase(config: Config, options: { shareRunning?: boolean } = {}): Promise<OpenDatabase> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, description: redactUrl(config.databaseUrl), embedded: false, close: async () => {} };
  }
  const running = options.shareRunning ? findRunningServerUrl(config.dataDir) : undefined;
  if (running) {
    const url = await ensureDatabase(running, EMBEDDED_DATABASE);
    return { url, description: `the running Gongkai's embedded PostgreSQL (${redactUrl(url)})`, embedded: true, close: async () => {} };
  }
  const server = await startEmbeddedPostgres(config.dataDir);
  try {
    const url = await ensureDatabase(server.url, EMBEDDED_DATABASE);
    const where = path.relative(process.cwd(), path.join(config.dataDir, 'pg')) || config.dataDir;
    return { url, description: `embedded PostgreSQL, data in ${where} (${redactUrl(url)})`, embedded: true, close: server.stop };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
