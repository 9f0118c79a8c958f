// PDF reports through pdf.js's text layer: positioned text items → lines → prose and tables.
// pdf.js runs in-process (Node has no workers for it here), without eval, font loading or
// any URL, so nothing is fetched: a PDF can only be read from the bytes given.
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ReportReadError } from '../errors.ts';
import { DocumentBuilder } from './document-builder.ts';
import { layOut } from './pdf-layout.ts';
import { dropPageFurniture, groupLines, type PdfItem, type PdfLine } from './pdf-lines.ts';
import type { SourceDocument } from './source-document.ts';

// pdf.js refuses nothing by size; 200 MB of PDF is far beyond any annual report.
const MAX_PDF_BYTES = 200 * 1024 * 1024;
const MAX_PAGES = 500;

type TextItemLike = { str: string; transform: number[]; width: number; height: number };

function isTextItem(item: unknown): item is TextItemLike {
  return typeof item === 'object' && item !== null && 'str' in item && 'transform' in item;
}

function toItem(raw: TextItemLike): PdfItem | undefined {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = raw.transform;
  if (!raw.str.trim()) return undefined;
  const size = Math.hypot(c, d) || Math.hypot(a, b) || raw.height || 10;
  // Rotated text (b ≠ 0) is rare in these reports; its width still runs along x well enough.
  const width = raw.width > 0 ? raw.width : size * raw.str.length;
  return { text: raw.str, x: e, xEnd: e + width, y: f, size };
}

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
}

async function openDocument(bytes: Uint8Array): Promise<pdfjs.PDFDocumentProxy> {
  // pdf.js takes ownership of (and may detach) the buffer it is given: pass a copy.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    useWasm: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    return await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    if (errorName(error) === 'PasswordException') throw new ReportReadError('encrypted', 'The PDF is password-protected.');
    const message = error instanceof Error ? error.message : String(error);
    throw new ReportReadError('corrupt-file', `The PDF cannot be opened: ${message}`);
  }
}

export async function readPdf(bytes: Uint8Array): Promise<SourceDocument> {
  if (bytes.length === 0) throw new ReportReadError('empty', 'The file is empty.');
  if (bytes.length > MAX_PDF_BYTES) throw new ReportReadError('too-large', 'The PDF is larger than 200 MB.');
  const doc = await openDocument(bytes);
  const builder = new DocumentBuilder('pdf');
  try {
    if (doc.numPages > MAX_PAGES) builder.note('truncated', `Only the first ${MAX_PAGES} of ${doc.numPages} pages were read.`);
    const pageCount = Math.min(doc.numPages, MAX_PAGES);
    const pages: PdfLine[][] = [];
    const heights: number[] = [];
    const failed: number[] = [];
    for (let p = 1; p <= pageCount; p++) {
      try {
        const page = await doc.getPage(p);
        const [, y0 = 0, , y1 = 842] = page.view;
        heights.push(Math.abs(y1 - y0));
        const content = await page.getTextContent();
        const items: PdfItem[] = [];
        for (const raw of content.items) {
          const item = isTextItem(raw) ? toItem(raw) : undefined;
          if (item) items.push(item);
        }
        pages.push(groupLines(items, p));
        page.cleanup();
      } catch {
        failed.push(p);
        heights.push(842);
        pages.push([]);
      }
    }
    if (failed.length === pageCount) throw new ReportReadError('corrupt-file', 'No page of the PDF could be read.');
    for (const p of failed) builder.note('other', `Page ${p} could not be read (damaged page).`, p);
    const empty = pages.flatMap((lines, i) => (lines.length === 0 && !failed.includes(i + 1) ? [i + 1] : []));
    if (empty.length + failed.length === pageCount) {
      throw new ReportReadError('no-text', 'The PDF has no text layer (a scan?): it cannot be read without OCR.');
    }
    for (const p of empty) builder.note('no-text-layer', `Page ${p} has no text layer (scanned image?).`, p);
    for (const block of layOut(dropPageFurniture(pages, heights))) {
      if (block.type === 'paragraph') builder.addParagraph(block.text, block.page);
      else builder.addTable(block.table.rows, block.table.pages);
    }
    return builder.build();
  } finally {
    await doc.destroy();
  }
}
