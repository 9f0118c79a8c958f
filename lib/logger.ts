// One pino logger for the CLI, the start script and the server. JSON lines when not on a
// terminal (CI, log collectors), readable lines on a terminal.
import pino from 'pino';

const level = process.env.LOG_LEVEL && process.env.LOG_LEVEL !== '' ? process.env.LOG_LEVEL : 'info';

export const logger = pino({
  level,
  base: undefined,
  ...(process.stdout.isTTY && process.env.NODE_ENV !== 'production'
    ? { transport: { target: 'pino-pretty', options: { colorize: true, ignore: 'pid,hostname', translateTime: 'HH:MM:ss' } } }
    : {}),
});

export type Logger = typeof logger;
