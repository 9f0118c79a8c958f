// PDF reports through their text layer: positioned text items → lines → prose and tables.
// The items and ruling lines come from our own parser (pdf-parse/), which gives exactly pdf.js's
// items ~10–20× faster, or, for any document it declines, from pdf.js itself. pdf.js runs
// in-process (Node has no workers for it here), without eval, font loading or any URL, so
// nothing is fetched: a PDF can only be read from the bytes given.
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ReportReadError } from '../errors.ts';
import { Deadline, LIMITS, runWithDeadline } from '../limits.ts';
import { toUnifiedIdeographs } from '../normalize/radicals.ts';
import { DocumentBuilder } from './document-builder.ts';
import { loadPdfJs } from './load-pdfjs.ts';
import { findGrids, type GridTable } from './pdf-grid.ts';
import { layOut } from './pdf-layout.ts';
import { dropBreadcrumbs, dropPageFurniture, groupLines, type PdfItem, type PdfLine } from './pdf-lines.ts';
import { readPdfPages } from './pdf-parse/document.ts';
import { findRules, type RuleOps, type Rules } from './pdf-rules.ts';
import type { SourceDocument } from './source-document.ts';


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
  return { text: toUnifiedIdeographs(raw.str), x: e, xEnd: e + width, y: f, size };
}

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
}

/**
 * pdf.js has no time limit for in-memory data: race each step against the deadline. A step
 * that overruns is abandoned and the document destroyed (pdf.js then rejects its pending work).
 */
async function withinDeadline<T>(step: Promise<T>, deadline: Deadline, abandon: () => Promise<void>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(deadline.error()), Math.max(0, deadline.remaining()));
  });
  try {
    return await Promise.race([step, timeout]);
  } catch (error) {
    if (error instanceof ReportReadError && error.code === 'timeout') {
      step.catch(() => undefined);
      await abandon().catch(() => undefined);
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

async function openDocument(bytes: Uint8Array, deadline: Deadline): Promise<PDFDocumentProxy> {
  const pdfjs = await loadPdfJs();
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
    return await withinDeadline(task.promise, deadline, () => task.destroy());
  } catch (error) {
    if (error instanceof ReportReadError) throw error;
    await task.destroy().catch(() => undefined);
    if (errorName(error) === 'PasswordException') throw new ReportReadError('encrypted', 'PDF 文件有密码保护，无法读取');
    const message = error instanceof Error ? error.message : String(error);
    throw new ReportReadError('corrupt-file', `PDF 文件已损坏，无法打开（${message}）`);
  }
}

type PageRead = { height: number; lines: PdfLine[]; grids: GridTable[] };

/** One page's items and rules → its table grids (from borders) and the lines of the rest. */
function readPage(items: PdfItem[], rules: Rules, height: number, p: number, deadline: Deadline): PageRead {
  // Borders, where drawn, say which text shares a cell; text elsewhere goes by position.
  const found = runWithDeadline(deadline, () => findGrids(rules, items, p));
  const lines = runWithDeadline(deadline, () => groupLines(found.rest, p));
  return { height, lines, grids: found.grids };
}

function heightOf(view: number[]): number {
  const [, y0 = 0, , y1 = 842] = view;
  return Math.abs(y1 - y0);
}

function itemsOf(raw: unknown[]): PdfItem[] {
  const items: PdfItem[] = [];
  for (const entry of raw) {
    const item = isTextItem(entry) ? toItem(entry) : undefined;
    if (item) items.push(item);
  }
  return items;
}

/**
 * The fast path: our own text-layer reader (pdf-parse/), which skips what pdf.js spends its time
 * on (translating embedded fonts for rendering). It declines (undefined) any document with a
 * construct it does not read exactly as pdf.js would; only the time limit is an error here.
 */
export function readFast(bytes: Uint8Array, deadline = new Deadline('PDF')): PageRead[] | undefined {
  try {
    const pages = readPdfPages(bytes, () => deadline.check());
    return pages.map((page, i) => readPage(itemsOf(page.items), page.rules, heightOf(page.view), i + 1, deadline));
  } catch (error) {
    if (error instanceof ReportReadError) throw error;
    return undefined;
  }
}

/** Pages (undefined: damaged) → the document: notes for damaged and empty pages, then layout. */
function assemble(pages: (PageRead | undefined)[], deadline: Deadline): SourceDocument {
  const builder = new DocumentBuilder('pdf');
  const pageCount = pages.length;
  const failed = pages.flatMap((page, i) => (page ? [] : [i + 1]));
  if (failed.length === pageCount) throw new ReportReadError('corrupt-file', 'PDF 文件已损坏，没有一页可以读取');
  for (const p of failed) builder.note('other', `Page ${p} could not be read (damaged page).`, p);
  const empty = pages.flatMap((page, i) => (page && page.lines.length === 0 && page.grids.length === 0 ? [i + 1] : []));
  if (empty.length + failed.length === pageCount) {
    throw new ReportReadError('no-text', 'PDF 没有文字层（扫描件？），不经文字识别无法读取');
  }
  for (const p of empty) builder.note('no-text-layer', `Page ${p} has no text layer (scanned image?).`, p);
  const lines = pages.map((page) => page?.lines ?? []);
  const heights = pages.map((page) => page?.height ?? 842);
  const grids = pages.map((page) => page?.grids ?? []);
  const blocks = runWithDeadline(deadline, () => layOut(dropPageFurniture(dropBreadcrumbs(lines), heights), grids));
  for (const block of blocks) {
    if (block.type === 'paragraph') builder.addParagraph(block.text, block.page);
    else builder.addTable(block.table.rows, block.table.pages);
  }
  return builder.build();
}

export async function readPdf(bytes: Uint8Array, deadline = new Deadline('PDF')): Promise<SourceDocument> {
  if (bytes.length === 0) throw new ReportReadError('empty', '文件为空');
  if (bytes.length > LIMITS.maxBytes) throw new ReportReadError('too-large', `PDF 超过 ${LIMITS.maxBytes / 1048576} MB 上限`);
  const fast = readFast(bytes, deadline);
  return fast ? assemble(fast, deadline) : readPdfWithPdfJs(bytes, deadline);
}

/** The reference path, for every document the fast reader declines (exported for comparison tests). */
export async function readPdfWithPdfJs(bytes: Uint8Array, deadline = new Deadline('PDF')): Promise<SourceDocument> {
  const doc = await openDocument(bytes, deadline);
  const step = <T>(promise: Promise<T>): Promise<T> => withinDeadline(promise, deadline, () => doc.destroy());
  try {
    if (doc.numPages > LIMITS.maxPdfPages) {
      throw new ReportReadError('too-large', `PDF 共 ${doc.numPages} 页，超过 ${LIMITS.maxPdfPages} 页上限`);
    }
    const ops: RuleOps = (await loadPdfJs()).OPS;
    const pages: (PageRead | undefined)[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      deadline.check();
      try {
        const page = await step(doc.getPage(p));
        const content = await step(page.getTextContent());
        const list = await step(page.getOperatorList());
        pages.push(readPage(itemsOf(content.items), findRules(list.fnArray, list.argsArray, ops), heightOf(page.view), p, deadline));
        page.cleanup();
      } catch (error) {
        if (error instanceof ReportReadError) throw error;
        pages.push(undefined);
      }
    }
    return assemble(pages, deadline);
  } finally {
    await doc.destroy();
  }
}
