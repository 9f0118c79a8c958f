import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { extractEntryNatively } from './zip-entry.ts';

const XML = new TextEncoder().encode(`<w:document>${'<w:p><w:r><w:t>政务公开</w:t></w:r></w:p>'.repeat(200)}</w:document>`);
const accept = (entry: { name: string }) => entry.name === 'word/document.xml';

describe('extractEntryNatively', () => {
  it('inflates the entry with zlib to exactly what fflate gives', () => {
    const zip = zipSync({ '[Content_Types].xml': new Uint8Array([1, 2, 3]), 'word/document.xml': XML, 'word/styles.xml': XML.subarray(0, 100) });
    const native = extractEntryNatively(zip, 'word/document.xml', accept);
    expect(native).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(native!).equals(Buffer.from(unzipSync(zip, { filter: accept })['word/document.xml']!))).toBe(true);
  });

  it('leaves stored entries, missing entries and damaged streams to fflate', () => {
    expect(extractEntryNatively(zipSync({ 'word/document.xml': [XML, { level: 0 }] }), 'word/document.xml', accept)).toBeUndefined();
    expect(extractEntryNatively(zipSync({ 'a.xml': XML }), 'word/document.xml', accept)).toBeUndefined();
    const damaged = zipSync({ 'word/document.xml': XML });
    damaged.fill(0xff, 60, 90); // inside the deflate stream
    expect(extractEntryNatively(damaged, 'word/document.xml', accept)).toBeUndefined();
  });

  it('asks the same question as fflate’s filter, whose refusal (an error) comes through', () => {
    const zip = zipSync({ 'word/document.xml': XML });
    expect(() => extractEntryNatively(zip, 'word/document.xml', () => { throw new Error('too large'); })).toThrow('too large');
    expect(extractEntryNatively(zip, 'word/document.xml', () => false)).toBeUndefined();
  });
});
