// `npm run --silent cli -- user <add|list|passwd|set-role|remove> ...`: accounts from the
// command line, e.g. the first admin of a fresh install. Passwords come from a hidden prompt
// or --password-stdin, never from an argument or a default. Changes are audit-logged as "命令行".
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createUser, deleteUser, findUserByLogin, listUsers, setUserPassword, updateUserAccess } from '../auth/manage-users.ts';
import { ROLES, type Role } from '../auth/permissions.ts';
import { loadConfig } from '../config.ts';
import { createPrismaClient, type Db } from '../db/client.ts';
import { openDatabase } from '../db/database.ts';
import { applyMigrations } from '../db/schema-engine.ts';
import { AppError } from '../errors.ts';
import { RegionIndex } from '../ingest/region-index.ts';
import { PasswordInputError, readNewPassword } from './read-password.ts';

const usage = `Usage: npm run --silent cli -- user <command>
  add --email E --name N [--username U] [--admin | --role viewer|editor|admin]
      [--region 省/市/县] [--password-stdin]      create an account (password prompted, or read from stdin)
  list                                            list accounts
  passwd (--email E | --username U) [--password-stdin]
                                                  set a new password (signs the account out everywhere)
  set-role (--email E | --username U) --role R [--region 省/市/县 | --region all]
                                                  change role and region limit
  remove (--email E | --username U)               delete an account`;

const options = {
  email: { type: 'string' },
  username: { type: 'string' },
  name: { type: 'string' },
  role: { type: 'string' },
  admin: { type: 'boolean' },
  region: { type: 'string' },
  'password-stdin': { type: 'boolean' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>['values'];

class UsageError extends Error {}

const CLI_ACTOR = { cli: true } as const;

async function resolveRegion(db: Db, path: string | undefined): Promise<number | null | undefined> {
  if (path === undefined) return undefined;
  if (path === 'all' || path === '全国') return null;
  const names = path.split('/').map((part) => part.trim()).filter(Boolean);
  const region = (await RegionIndex.load(db)).resolvePath(names);
  if (!region) throw new UsageError(`unknown region "${path}" (write it as 省/市/县, e.g. 河南省/济源市)`);
  return region.id;
}

function parseRole(values: Values): Role | undefined {
  if (values.admin) return 'admin';
  if (values.role === undefined) return undefined;
  const role = z.enum(ROLES).safeParse(values.role);
  if (!role.success) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
  return role.data;
}

async function findTarget(db: Db, values: Values) {
  const login = values.email ?? values.username;
  if (!login) throw new UsageError('give --email or --username');
  const user = await findUserByLogin(db, login);
  if (!user) throw new UsageError(`no account ${login}`);
  return user;
}

async function addUser(db: Db, values: Values): Promise<number> {
  if (!values.email || !values.name) throw new UsageError('user add needs --email and --name');
  const regionId = (await resolveRegion(db, values.region)) ?? null;
  const password = await readNewPassword(values['password-stdin'] ?? false);
  const role = parseRole(values) ?? 'viewer';
  const user = await createUser(db, { email: values.email, name: values.name, username: values.username, password, role, regionId }, CLI_ACTOR);
  console.log(`created ${user.role} ${user.email}${user.username ? ` (${user.username})` : ''}${regionId === null ? '' : ` limited to ${values.region}`}`);
  return 0;
}

async function list(db: Db): Promise<number> {
  const users = await listUsers(db);
  if (!users.length) console.log('no accounts yet: npm run --silent cli -- user add --admin --email ... --name ...');
  for (const user of users) console.log([user.email, user.username ?? '-', user.role, user.regionId === null ? 'all regions' : `region ${user.regionId}`, user.name].join('\t'));
  return 0;
}

async function run(db: Db, command: string, values: Values): Promise<number> {
  switch (command) {
    case 'add':
      return addUser(db, values);
    case 'list':
      return list(db);
    case 'passwd': {
      const user = await findTarget(db, values);
      await setUserPassword(db, user.id, await readNewPassword(values['password-stdin'] ?? false), CLI_ACTOR);
      console.log(`password changed for ${user.email}`);
      return 0;
    }
    case 'set-role': {
      const user = await findTarget(db, values);
      const role = parseRole(values) ?? user.role;
      const regionId = await resolveRegion(db, values.region);
      await updateUserAccess(db, user.id, { role, regionId: regionId === undefined ? user.regionId : regionId }, CLI_ACTOR);
      console.log(`${user.email}: ${role}${(regionId === undefined ? user.regionId : regionId) === null ? ', all regions' : `, region ${values.region ?? user.regionId}`}`);
      return 0;
    }
    case 'remove': {
      const user = await findTarget(db, values);
      await deleteUser(db, user.id, CLI_ACTOR);
      console.log(`removed ${user.email}`);
      return 0;
    }
    default:
      throw new UsageError(`unknown user command: ${command}`);
  }
}

export async function runUser(args: string[]): Promise<number> {
  let parsed: { values: Values; positionals: string[] };
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  const [command, ...extra] = parsed.positionals;
  if (!command || extra.length) {
    console.error(usage);
    return 2;
  }
  const database = await openDatabase(loadConfig(), { shareRunning: true });
  const db = createPrismaClient(database.url);
  try {
    await applyMigrations(database.url);
    return await run(db, command, parsed.values);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n${usage}`);
      return 2;
    }
    if (error instanceof z.ZodError) {
      console.error(error.issues.map((issue) => issue.message).join('\n'));
      return 1;
    }
    if (error instanceof AppError || error instanceof PasswordInputError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await db.$disconnect();
    await database.close();
  }
}
