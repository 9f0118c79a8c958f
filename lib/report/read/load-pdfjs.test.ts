import { expect, it } from 'vitest';
import { loadPdfJs } from './load-pdfjs.ts';
import { makePdf } from './test-fixtures/minimal-pdf.ts';

// Vitest runs each test file in its own worker, so the natives seen here are the process's own.
it('loads pdf.js without leaving its slower replacements of push and JSON in the process', async () => {
  const natives = [Array.prototype.push, JSON.parse, JSON.stringify];
  const pdfjs = await loadPdfJs();
  expect(typeof pdfjs.getDocument).toBe('function');
  // Open a document too: pdf.js's worker side must not bring the replacements back.
  const doc = await pdfjs.getDocument({ data: makePdf([[{ x: 72, y: 720, text: 'Gongkai', size: 12 }]]), isEvalSupported: false }).promise;
  const page = await doc.getPage(1);
  const content = await page.getTextContent();
  expect(content.items.map((item) => ('str' in item ? item.str : '')).join('')).toContain('Gongkai');
  await doc.destroy();
  expect([Array.prototype.push, JSON.parse, JSON.stringify]).toEqual(natives);
  // Sanity: the restored functions are V8's, not JavaScript source.
  expect(Function.prototype.toString.call(JSON.parse)).toContain('[native code]');
  expect(Function.prototype.toString.call(Array.prototype.push)).toContain('[native code]');
  // What pdf.js needs from its polyfills on Node 20 is still there.
  expect(typeof (Promise as unknown as Record<string, unknown>).withResolvers).toBe('function');
});
