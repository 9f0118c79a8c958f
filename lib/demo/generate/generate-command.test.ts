// The `generate` command: usage errors exit 2, a valid call writes reports/, regions.csv and
// manifest.json and prints one line.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runGenerate } from '../../cli/generate-command.ts';

describe('runGenerate', () => {
  const dirs: string[] = [];
  afterEach(() => {
    vi.restoreAllMocks();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    [[]],
    [['--towns', '0', '--years', '2020-2025', '--out', 'x']],
    [['--towns', '2', '--years', '2025-2020', '--out', 'x']],
    [['--towns', '2', '--years', '2020-2025']],
    [['--towns', '2', '--years', '2020', '--out', 'x', '--formats', 'pdf']],
    [['--towns', '2', '--years', '2020', '--out', 'x', '--colour', 'red']],
    [['--towns', '2', '--years', '2020', '--out']],
  ])('exits 2 with the usage for %j', async (args) => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await runGenerate(args)).toBe(2);
    expect(error.mock.calls[0]?.[0]).toContain('Usage: npm run --silent cli -- generate');
  });

  it('writes the data set and prints a one-line summary', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'gongkai-generate-'));
    dirs.push(out);
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const code = await runGenerate(['--towns', '3', '--years', '2020-2021', '--out', out, '--counties', '2', '--seed', 'cli', '--formats', 'text,html']);
    expect(code).toBe(0);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]?.[0]).toMatch(/^Generated 12 reports \(6 towns in 2 counties, 2020–2021, \d+ with a deliberate fault, \d+ KB\)/);
    expect(readdirSync(path.join(out, 'reports'))).toHaveLength(12);
    expect(readFileSync(path.join(out, 'regions.csv'), 'utf8').split('\n')[0]).toBe('code,province,city,county,township,synthetic');
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as { files: { path: string }[] };
    expect(manifest.files).toHaveLength(12);
    expect(manifest.files.every((f) => existsSync(path.join(out, f.path)))).toBe(true);
  });
});
