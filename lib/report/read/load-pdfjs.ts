// pdf.js is loaded on the first PDF, not when the reader module is imported, and the natives its
// polyfills replace are put back. The legacy build (the one that runs on Node 20) carries core-js,
// which swaps Array.prototype.push and JSON.parse/stringify for spec-pedantic JavaScript versions
// in the whole process: measured, that made every text/HTML/DOCX read and every JSON round trip
// of the import about 2× slower even in processes that never saw a PDF. pdf.js needs none of the
// edge cases those replacements fix (pushing past 2^53 elements, JSON.parse's source argument);
// the polyfills that add what Node 20 lacks (Promise.withResolvers, Map.getOrInsert…) stay.
type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfJs> | undefined;

export function loadPdfJs(): Promise<PdfJs> {
  loading ??= importKeepingNatives();
  return loading;
}

async function importKeepingNatives(): Promise<PdfJs> {
  const natives = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // Without a worker, pdf.js imports its worker module on the first document, and that module
  // carries core-js again. Importing it here and handing it over (pdf.js looks for
  // globalThis.pdfjsWorker) lets the natives be put back once, after both.
  const worker: unknown = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  restore(Array.prototype, 'push', natives.push);
  restore(JSON, 'parse', natives.parse);
  restore(JSON, 'stringify', natives.stringify);
  return pdfjs;
}

function restore(target: object, name: string, native: unknown): void {
  const descriptor = Object.getOwnPropertyDescriptor(target, name);
  if (descriptor?.value === native) return;
  Object.defineProperty(target, name, { value: native, writable: true, configurable: true, enumerable: false });
}
