import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { quoteCsv, runParse } from './parse-command.ts';

const seed = path.resolve(import.meta.dirname, '../report/test-fixtures/seed/henan-jiyuan-chengliu-2024.txt');

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out.push(String(chunk));
    return true;
  });
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    err.push(args.join(' '));
  });
  return { out: () => out.join(''), err: () => err.join('\n') };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('runParse', () => {
  it('prints a summary and exits 0', async () => {
    const io = capture();
    expect(await runParse([seed])).toBe(0);
    expect(io.out()).toContain('单位：承留镇人民政府　年度：2024　格式：2021年版表格');
    expect(io.out()).toContain('发现问题（0）');
  });

  it('prints canonical JSON', async () => {
    const io = capture();
    expect(await runParse([seed, '--json'])).toBe(0);
    const json = JSON.parse(io.out()) as { applications: { granted: { total: number } }; publications: { total: number } };
    expect(json.applications.granted.total).toBe(1);
    expect(json.publications.total).toBe(737);
  });

  it('prints long-form CSV, one row per canonical key', async () => {
    const io = capture();
    expect(await runParse([seed, '--csv'])).toBe(0);
    const lines = io.out().split('\r\n');
    expect(lines[0]).toBe('unit,year,key,value');
    expect(lines).toContain('承留镇人民政府,2024,article20.penalty.decisions,10');
    expect(lines).toContain('承留镇人民政府,2024,article20.procurement.amountYuan,');
  });

  it('exits 1 naming the file when it cannot be read, 2 on bad usage', async () => {
    const io = capture();
    expect(await runParse(['/no/such/file.txt'])).toBe(1);
    expect(io.err()).toContain('/no/such/file.txt: 无法打开文件（文件不存在）');
    expect(await runParse([])).toBe(2);
    expect(await runParse([seed, '--xml'])).toBe(2);
    expect(await runParse([seed, '--json', '--csv'])).toBe(2);
  });
});

describe('quoteCsv', () => {
  it('quotes per RFC 4180 and neutralises formulas', () => {
    expect(quoteCsv('a,b')).toBe('"a,b"');
    expect(quoteCsv('say "hi"')).toBe('"say ""hi"""');
    expect(quoteCsv('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(quoteCsv('-3')).toBe("'-3");
    expect(quoteCsv('plain')).toBe('plain');
  });
});
