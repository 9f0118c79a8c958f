// The one place that talks to Prisma's schema engine. The Prisma CLI's Rust engine cannot
// be downloaded on our machines, so migrations run through Prisma's own WASM build of the
// same engine (@prisma/schema-engine-wasm, an internal package: versions pinned exactly).
// Migrations stay in Prisma's standard layout and are recorded in `_prisma_migrations`, so
// `prisma migrate deploy` works unchanged wherever the CLI's engine is available.
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { ColumnTypeEnum, bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';
import { logger } from '../logger.ts';

export const SCHEMA_PATH = path.resolve('prisma', 'schema.prisma');
export const MIGRATIONS_DIR = path.resolve('prisma', 'migrations');
const NO_FILTERS = { externalTables: [], externalEnums: [] };

type EngineModule = { SchemaEngine: typeof SchemaEngine; __wbg_set_wasm: (exports: unknown) => void };
let engineModule: Promise<EngineModule> | undefined;
let lastPanic: string | undefined;

// Node 20 cannot `import` a .wasm file without --experimental-wasm-modules, so the glue
// module is loaded on its own and the WASM instantiated by hand (what the flag would do).
async function loadEngineModule(): Promise<EngineModule> {
  engineModule ??= (async () => {
    // The WASM reports a Rust panic through this global before throwing; keep the message.
    (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
      set_message: (message: string) => {
        lastPanic = message;
      },
    };
    const glue = (await import('@prisma/schema-engine-wasm/schema_engine_bg')) as unknown as EngineModule;
    const require = createRequire(import.meta.url);
    const wasmPath = path.join(path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')), 'schema_engine_bg.wasm');
    const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), { './schema_engine_bg.js': glue as never });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
    return glue;
  })();
  return engineModule;
}

// The engine describes a database through catalog queries with columns of PostgreSQL's
// one-byte type "char" (OID 18, e.g. pg_constraint.contype) and expects them back typed
// as Character. @prisma/adapter-pg 7.10 has no mapping for OID 18 and fails the describe
// ("Column type 'char' could not be deserialized"). So: the pg client reports such
// columns as text and remembers their positions (keyed by the rows array, which the
// adapter passes through unchanged), and the adapter's queryRaw result gets the
// Character type back for those positions. Only the schema engine uses this client.
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
const CHARACTER_COLUMN_TYPE = ColumnTypeEnum.Character;
const charColumnsByRows = new WeakMap<object, number[]>();
type QueryResultLike = { fields?: { dataTypeID: number }[]; rows?: object } | undefined;

function hideCharColumns(result: QueryResultLike): QueryResultLike {
  const positions: number[] = [];
  result?.fields?.forEach((field, index) => {
    if (field.dataTypeID === PG_CHAR_OID) {
      field.dataTypeID = PG_TEXT_OID;
      positions.push(index);
    }
  });
  if (positions.length && result?.rows) charColumnsByRows.set(result.rows, positions);
  return result;
}

class CatalogSafeClient extends pg.Client {
  // pg.Pool calls query with a callback; direct callers get a promise. Patch both forms.
  override query(...args: unknown[]): never {
    const callback = args.at(-1);
    if (typeof callback === 'function') {
      args[args.length - 1] = (error: unknown, result: QueryResultLike) => callback(error, hideCharColumns(result));
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    return (result instanceof Promise ? result.then(hideCharColumns) : result) as never;
  }
}

type RawResult = { columnTypes: number[]; rows: object };
function restoreCharColumns<A extends { queryRaw: (query: never) => Promise<unknown> }>(adapter: A): A {
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = (async (query: never) => {
    const result = (await queryRaw(query)) as RawResult;
    for (const index of charColumnsByRows.get(result.rows) ?? []) result.columnTypes[index] = CHARACTER_COLUMN_TYPE;
    return result;
  }) as A['queryRaw'];
  return adapter;
}

// The adapter's own connectToShadowDb drops the shadow database before closing its pool
// (so the DROP fails: "being accessed by other users"); this one closes first.
async function connectToShadowDatabase(config: pg.PoolConfig) {
  const name = `prisma_migrate_shadow_db_${randomUUID().replace(/-/g, '')}`;
  const admin = new pg.Client(config);
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const adapter = await new PrismaPg({ ...config, database: name, Client: CatalogSafeClient }).connect();
  const dispose = adapter.dispose.bind(adapter);
  adapter.dispose = async () => {
    await dispose();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  };
  return restoreCharColumns(adapter);
}

function createEngineAdapterFactory(databaseUrl: string) {
  const config = { ...toPoolConfig(databaseUrl), Client: CatalogSafeClient };
  const factory = new PrismaPg(config);
  return bindMigrationAwareSqlAdapterFactory({
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => restoreCharColumns(await factory.connect()),
    connectToShadowDb: () => connectToShadowDatabase(config),
  });
}

// Explicit fields, not `connectionString`: the adapter opens the shadow database with
// `{ ...config, database: shadowName }`, and pg lets a connection string override
// `database`, which would point the "shadow" (reset and replayed by the engine) at the
// real database.
function toPoolConfig(databaseUrl: string): pg.PoolConfig {
  const url = new URL(databaseUrl);
  const sslmode = url.searchParams.get('sslmode');
  return {
    host: decodeURIComponent(url.hostname),
    port: url.port ? Number(url.port) : 5432,
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: decodeURIComponent(url.pathname.replace(/^\//, '')) || 'postgres',
    ...(sslmode && sslmode !== 'disable' ? { ssl: { rejectUnauthorized: sslmode === 'verify-full' } } : {}),
  };
}

async function withEngine<T>(databaseUrl: string, run: (engine: SchemaEngine, schema: string) => Promise<T>): Promise<T> {
  const { SchemaEngine } = await loadEngineModule();
  const schema = readFileSync(SCHEMA_PATH, 'utf8');
  const engineLog = logger.child({ component: 'schema-engine' });
  const adapter = createEngineAdapterFactory(databaseUrl);
  const engine = await SchemaEngine.new({ datamodels: [[SCHEMA_PATH, schema]] }, (message: string) => engineLog.debug(message), adapter);
  try {
    return await run(engine, schema);
  } catch (error) {
    if (lastPanic) throw new Error(`Prisma schema engine failed: ${lastPanic}`, { cause: error });
    throw error;
  } finally {
    engine.free();
  }
}

/** Reads prisma/migrations the way the Prisma CLI does. */
export function readMigrations(dir = MIGRATIONS_DIR): MigrationList {
  const lockPath = path.join(dir, 'migration_lock.toml');
  const directories = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()
    : [];
  return {
    baseDir: dir,
    lockfile: { path: 'migration_lock.toml', content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: directories.map((name) => {
      const file = path.join(dir, name, 'migration.sql');
      return {
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: existsSync(file) ? { tag: 'ok' as const, value: readFileSync(file, 'utf8') } : { tag: 'error' as const, value: `missing ${file}` },
        },
      };
    }),
  };
}

/** Migration folders not yet recorded as finished; a cheap check that spares loading the engine (seconds of WASM compilation) when nothing is pending. */
export async function listPendingMigrations(databaseUrl: string): Promise<string[]> {
  const all = readMigrations().migrationDirectories.map((dir) => dir.path);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const table = await client.query(`SELECT to_regclass('_prisma_migrations') IS NOT NULL AS present`);
    if (!table.rows[0]?.present) return all;
    const done = await client.query<{ migration_name: string }>(
      'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    const applied = new Set(done.rows.map((row) => row.migration_name));
    return all.filter((name) => !applied.has(name));
  } finally {
    await client.end();
  }
}

/** Applies pending migrations (like `prisma migrate deploy`); returns the names applied now. */
export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  if ((await listPendingMigrations(databaseUrl)).length === 0) return [];
  return withEngine(databaseUrl, async (engine) => {
    const result = await engine.applyMigrations({ migrationsList: readMigrations(), filters: NO_FILTERS });
    return result.appliedMigrationNames;
  });
}

/**
 * SQL that takes a database built from the existing migrations to what schema.prisma
 * describes (like `prisma migrate diff --from-migrations --to-schema`). The engine replays
 * the migrations in a temporary shadow database on the same server.
 */
export async function diffMigrationsToSchema(databaseUrl: string): Promise<string> {
  return withEngine(databaseUrl, async (engine, schema) => {
    const result = await engine.diff({
      from: { tag: 'migrations', ...readMigrations() },
      to: { tag: 'schemaDatamodel', files: [{ path: SCHEMA_PATH, content: schema }] },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    return result.stdout ?? '';
  });
}
