import { describe, expect, it } from 'vitest';
import { toStorableJson } from './read-file.ts';

describe('toStorableJson', () => {
  it('turns a NUL character into U+FFFD, but leaves the text “\\u0000” written in a report alone', () => {
    expect(JSON.parse(toStorableJson({ a: 'x\u0000y', b: ['\u0000'] }))).toEqual({ a: 'x\ufffdy', b: ['\ufffd'] });
    expect(JSON.parse(toStorableJson({ a: 'C:\\u0000', b: '\\\u0000' }))).toEqual({ a: 'C:\\u0000', b: '\\\ufffd' });
    expect(toStorableJson({ a: 1, b: '报告' })).toBe('{"a":1,"b":"报告"}');
  });
});
