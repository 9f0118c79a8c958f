import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readReportWithSource } from '../report/index.ts';
import { toStorableJson, toStoredForm } from './read-file.ts';

const SEED = new URL('../report/test-fixtures/seed/henan-jiyuan-chengliu-2024.txt', import.meta.url);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('toStorableJson', () => {
  it('turns a NUL character into U+FFFD, but leaves the text “\\u0000” written in a report alone', () => {
    expect(JSON.parse(toStorableJson({ a: 'x\u0000y', b: ['\u0000'] }))).toEqual({ a: 'x\ufffdy', b: ['\ufffd'] });
    expect(JSON.parse(toStorableJson({ a: 'C:\\u0000', b: '\\\u0000' }))).toEqual({ a: 'C:\\u0000', b: '\\\ufffd' });
    expect(toStorableJson({ a: 1, b: '报告' })).toBe('{"a":1,"b":"报告"}');
  });
});

describe('toStoredForm', () => {
  it('stores a UTF-8 text file’s plain text as null, and a NUL in a plain text as U+FFFD (PostgreSQL text cannot hold U+0000)', async () => {
    const bytes = new Uint8Array(readFileSync(SEED));
    const { report, document } = await readReportWithSource(bytes, 'seed.txt');
    expect(toStoredForm(report, document.plainText, bytes).plainText).toBeNull();
    const stored = toStoredForm(report, `${document.plainText}\u0000`, bytes);
    expect(decode(stored.plainText!)).toBe(`${document.plainText}\ufffd`);
    expect(JSON.parse(decode(stored.read)).unit).toBe(report.unit);
  });
});
