import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../lib/config.ts';

describe('loadConfig', () => {
  it('defaults to port 3000 and the .data folder with an embedded database', () => {
    const config = loadConfig({}, '/srv/gongkai');
    expect(config).toEqual({ databaseUrl: undefined, port: 3000, dataDir: path.resolve('/srv/gongkai/.data'), logLevel: 'info', demo: true, anonymousRead: true });
  });

  it('keeps anonymous reading off outside the demo unless asked for', () => {
    expect(loadConfig({ GONGKAI_DEMO: 'false' }, '/x').anonymousRead).toBe(false);
    expect(loadConfig({ GONGKAI_DEMO: 'false', GONGKAI_ANONYMOUS_READ: 'true' }, '/x').anonymousRead).toBe(true);
    expect(loadConfig({ GONGKAI_ANONYMOUS_READ: 'false' }, '/x').anonymousRead).toBe(false);
  });

  it('accepts a PostgreSQL URL and a port', () => {
    const config = loadConfig({ DATABASE_URL: 'postgresql://u:p@db.local:5432/gk', PORT: '8080' }, '/x');
    expect(config.databaseUrl).toBe('postgresql://u:p@db.local:5432/gk');
    expect(config.port).toBe(8080);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' }, '/x').port).toBe(3000);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT: must be a port number'],
    [{ PORT: '70000' }, 'PORT: must be between 1 and 65535'],
    [{ PORT: '30.5' }, 'PORT: must be a whole number'],
    [{ DATABASE_URL: 'mysql://localhost/x' }, 'DATABASE_URL: must be a PostgreSQL URL'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL: must be a PostgreSQL URL'],
    [{ GONGKAI_ANONYMOUS_READ: 'yes' }, 'GONGKAI_ANONYMOUS_READ: must be true or false'],
  ])('rejects %o with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env, '/x')).toThrow(ConfigError);
    expect(() => loadConfig(env, '/x')).toThrow(message);
  });
});
