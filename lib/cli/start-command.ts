// `npm start` / `npm run dev`: check the port, build if the sources changed, start the
// database (embedded unless DATABASE_URL), apply migrations, load demo data on first run,
// then run the Next.js server as a child process and stop everything cleanly on exit.
// Migrations and demo data run here, never inside `next build` or a GET route.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { loadConfig } from '../config.ts';
import { createPrismaClient } from '../db/client.ts';
import { openDatabase, type OpenDatabase } from '../db/database.ts';
import { DataDirInUseError } from '../db/embedded-postgres.ts';
import { applyMigrations } from '../db/schema-engine.ts';
import { loadDemoDataIfEmpty } from '../demo/load-demo.ts';
import { startImportWorker } from '../ingest/import-queue.ts';
import { logger } from '../logger.ts';
import { isBuildStale } from './build-state.ts';

const nextBin = path.join(path.dirname(createRequire(import.meta.url).resolve('next/package.json')), 'dist', 'bin', 'next');

// Next's anonymous telemetry would try to phone home; our machines are offline.
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { NEXT_TELEMETRY_DISABLED: '1', ...process.env, ...extra } as NodeJS.ProcessEnv;
}

/** Resolves when `port` can be bound on all interfaces (what `next start` will do). */
function checkPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
}

function runToCompletion(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [nextBin, ...args], { stdio: 'inherit', env });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

export async function runStart(args: string[]): Promise<number> {
  const dev = args.includes('--dev');
  const config = loadConfig();
  if (!(await checkPortFree(config.port))) {
    console.error(`Port ${config.port} is already in use (another Gongkai, or another program). Start on another port: PORT=3001 npm start`);
    return 1;
  }
  let database: OpenDatabase;
  try {
    database = await openDatabase(config);
  } catch (error) {
    if (error instanceof DataDirInUseError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  try {
    // Built after the data folder is locked, so a second `npm start` cannot rebuild .next
    // under a running server.
    if (!dev && isBuildStale()) {
      logger.info('building the web app (next build); this takes a minute the first time');
      const code = await runToCompletion(['build'], childEnv({ NODE_ENV: 'production' }));
      if (code !== 0) {
        await database.close();
        return code;
      }
    }
    const applied = await applyMigrations(database.url);
    if (applied.length) logger.info({ applied }, 'migrations applied');
  } catch (error) {
    await database.close();
    throw error;
  }
  const prisma = createPrismaClient(database.url);
  let accounts = 0;
  try {
    if (config.demo) await loadDemoDataIfEmpty(prisma);
    accounts = await prisma.user.count();
  } catch (error) {
    await prisma.$disconnect();
    await database.close();
    throw error;
  }
  // Browser uploads are processed here, beside the web server, from the PostgreSQL queue.
  const worker = startImportWorker(prisma, { onError: (error) => logger.error({ err: error }, 'import worker error') });

  const env = childEnv({
    DATABASE_URL: database.url,
    PORT: String(config.port),
    NODE_ENV: dev ? 'development' : 'production',
    GONGKAI_DATA_DIR: config.dataDir,
    GONGKAI_ANONYMOUS_READ: String(config.anonymousRead),
  });
  const server = spawn(process.execPath, [nextBin, dev ? 'dev' : 'start', '--port', String(config.port)], { stdio: 'inherit', env });
  console.log(`\nGongkai 政务公开年报看板 is listening on http://localhost:${config.port}`);
  console.log(`Database: ${database.description}`);
  console.log(config.anonymousRead ? 'Reading without an account: on (demo). Importing and changes need an account.' : 'Reading without an account: off.');
  if (accounts === 0) console.log('No accounts yet. Create the first admin (in another terminal, while this runs):\n  npm run --silent cli -- user add --admin --email you@example.cn --name 管理员');
  console.log('Stop with Ctrl-C.\n');

  return new Promise((resolve) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'stopping');
      if (server.exitCode === null) server.kill('SIGTERM');
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    server.on('exit', (code: number | null) => {
      void Promise.all([worker.stop(), prisma.$disconnect()])
        .then(() => database.close())
        .then(
        () => resolve(stopping ? 0 : (code ?? 1)),
        (error: unknown) => {
          logger.error({ err: error }, 'could not stop the database cleanly');
          resolve(1);
        },
      );
    });
  });
}
