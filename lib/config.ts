// Configuration from the environment, validated once at start so that a bad value is a
// clear message naming the variable, never a stack trace deep inside pg or Next.
import path from 'node:path';
import { z } from 'zod';

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '';
    } catch {
      return false;
    }
  }, 'must be a PostgreSQL URL such as postgresql://user:password@localhost:5432/gongkai');

const envSchema = z.object({
  DATABASE_URL: postgresUrl.optional(),
  PORT: z.coerce
    .number({ message: 'must be a port number' })
    .int('must be a whole number')
    .min(1, 'must be between 1 and 65535')
    .max(65535, 'must be between 1 and 65535')
    .default(3000),
  GONGKAI_DATA_DIR: z.string().trim().min(1).default('.data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  GONGKAI_DEMO: z.enum(['true', 'false'], { message: 'must be true or false' }).default('true'),
  GONGKAI_ANONYMOUS_READ: z.enum(['true', 'false', '1', '0'], { message: 'must be true or false' }).optional(),
});

export type Config = {
  databaseUrl: string | undefined;
  port: number;
  /** Absolute path of the folder holding the embedded database and stored files. */
  dataDir: string;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  /** Load the demo data into an empty database (and, unless set otherwise, let visitors read without an account). */
  demo: boolean;
  /** Dashboards, reports and CSV readable without an account; changes always need one. */
  anonymousRead: boolean;
};

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads the configuration; empty variables count as unset (as `PORT= npm start` means). */
export function loadConfig(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const { DATABASE_URL, PORT, GONGKAI_DATA_DIR, LOG_LEVEL, GONGKAI_DEMO, GONGKAI_ANONYMOUS_READ } = parsed.data;
  const demo = GONGKAI_DEMO === 'true';
  const anonymousRead = GONGKAI_ANONYMOUS_READ === undefined ? demo : GONGKAI_ANONYMOUS_READ === 'true' || GONGKAI_ANONYMOUS_READ === '1';
  return { databaseUrl: DATABASE_URL, port: PORT, dataDir: path.resolve(cwd, GONGKAI_DATA_DIR), logLevel: LOG_LEVEL, demo, anonymousRead };
}
