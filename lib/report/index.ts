// The domain's entry point: bytes → reader → SourceDocument → model → findings. Pure: no file
// system, no database. Readers for heavy formats are loaded on demand so that importing this
// module (e.g. for readReportText in the browser) does not pull in pdf.js.
import { checkReport } from './check.ts';
import { ReportReadError } from './errors.ts';
import { Deadline, LIMITS, runWithDeadline } from './limits.ts';
import { mapReport } from './map/map-report.ts';
import { compactOf, releaseCompact } from './map/compact-text.ts';
import type { ReadReport } from './model.ts';
import { readText } from './read/text.ts';
import type { SourceDocument } from './read/source-document.ts';

export { checkAcrossYears } from './check.ts';
export type { ReadReport, Finding, Unreadable, Provenance } from './model.ts';
export { ReportReadError } from './errors.ts';
export { LIMITS } from './limits.ts';

/** Bump when the output for the same input changes (stored reports can then be re-read). */
export const READER_VERSION = '1.0.1';

export const MAX_REPORT_BYTES = LIMITS.maxBytes;

export async function readReport(bytes: Uint8Array, fileName: string): Promise<ReadReport> {
  return (await readReportWithSource(bytes, fileName)).report;
}

/** The read report together with the document it was read from (its plainText is what provenance ranges point into). */
export async function readReportWithSource(bytes: Uint8Array, fileName: string): Promise<{ report: ReadReport; document: SourceDocument }> {
  const deadline = new Deadline(fileName);
  const document = await readSourceDocument(bytes, fileName, deadline);
  return { report: runWithDeadline(deadline, () => readDocument(document, fileName)), document };
}

// Loaded once: a dynamic import per file costs a module-resolution round trip every time.
let detectModule: Promise<typeof import('./read/detect.ts')> | undefined;
let htmlModule: Promise<typeof import('./read/html.ts')> | undefined;
let pdfModule: Promise<typeof import('./read/pdf.ts')> | undefined;
let docxModule: Promise<typeof import('./read/docx.ts')> | undefined;
const loadDetect = () => (detectModule ??= import('./read/detect.ts'));
const loadHtml = () => (htmlModule ??= import('./read/html.ts'));
const loadPdf = () => (pdfModule ??= import('./read/pdf.ts'));
const loadDocx = () => (docxModule ??= import('./read/docx.ts'));

/**
 * Starts loading the readers of the common formats (all but PDF) now rather than at their first
 * file: a read worker calls it when it starts, so that the modules load (and are transpiled, under
 * tsx) while an import is still setting up, not in the middle of its first chunk (~170 ms).
 */
export async function preloadReaders(): Promise<void> {
  await Promise.all([loadDetect(), loadHtml(), loadDocx()]);
}

/** Bytes → SourceDocument with the reader chosen by content (the file name only breaks ties). */
export async function readSourceDocument(bytes: Uint8Array, fileName: string, deadline = new Deadline(fileName)): Promise<SourceDocument> {
  if (bytes.length === 0) throw new ReportReadError('empty', `${fileName}：文件为空`);
  if (bytes.length > LIMITS.maxBytes) {
    throw new ReportReadError('too-large', `${fileName}：文件大小 ${(bytes.length / 1048576).toFixed(1)} MB，超过 ${LIMITS.maxBytes / 1048576} MB 上限`);
  }
  const { detectSource, decodeText } = await loadDetect();
  try {
    const detected = detectSource(bytes, fileName);
    switch (detected.kind) {
      case 'text':
        return runWithDeadline(deadline, () => {
          const decoded = detected.decoded ?? decodeText(bytes);
          const doc = readText(decoded.text);
          if (decoded.guessed) doc.notes.push({ code: 'encoding-guessed', message: `文本编码按 ${decoded.encoding} 推断` });
          return doc;
        });
      case 'html': {
        const { readHtml } = await loadHtml();
        return runWithDeadline(deadline, () => readHtml(bytes, detected.decoded));
      }
      case 'pdf': {
        const { readPdf } = await loadPdf();
        return await readPdf(bytes, deadline.start());
      }
      case 'docx': {
        const { readDocx } = await loadDocx();
        return runWithDeadline(deadline, () => readDocx(bytes));
      }
      default:
        throw new ReportReadError('unsupported-format', `${fileName}：不支持的文件类型（仅支持文本、HTML、DOCX、PDF）`);
    }
  } catch (error) {
    throw withFileName(error, fileName);
  }
}

/** The readers do not know the file name; every message shown to a user starts with it. */
function withFileName(error: unknown, fileName: string): unknown {
  if (!(error instanceof ReportReadError) || error.message.startsWith(`${fileName}：`)) return error;
  return new ReportReadError(error.code, `${fileName}：${error.message}`);
}

/** Convenience for text already in memory (tests, paste-in). */
export function readReportText(text: string, name = '文本'): ReadReport {
  if (text.trim() === '') throw new ReportReadError('empty', `${name}：内容为空`);
  return runWithDeadline(new Deadline(name), () => readDocument(readText(text), name));
}

export function readDocument(doc: SourceDocument, name: string): ReadReport {
  if (doc.plainText.trim() === '') {
    const imageOnly = doc.notes.some((n) => n.code === 'image-only' || n.code === 'no-text-layer');
    throw new ReportReadError(imageOnly ? 'no-text' : 'empty', `${name}：${imageOnly ? '文件只有图像，没有可读取的文字' : '没有可读取的文字'}`);
  }
  try {
    if (!looksLikeReport(doc)) {
      throw new ReportReadError('not-a-report', `${name}：不是政府信息公开工作年度报告（未找到年度报告的标题或各部分标题）`);
    }
    const mapped = mapReport(doc);
    const findings = checkReport(mapped);
    return { readerVersion: READER_VERSION, ...mapped, findings };
  } finally {
    releaseCompact(doc); // mapping is done with it (see releaseCompact)
  }
}

function looksLikeReport(doc: SourceDocument): boolean {
  const text = compactOf(doc, 0, 200_000).text;
  const markers = ['政府信息公开', '主动公开', '依申请公开', '行政复议', '年度报告', '收到和处理'];
  return text.includes('政府信息公开') && markers.filter((m) => text.includes(m)).length >= 3;
}

export type { ReadReport as Report };
