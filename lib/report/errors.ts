// Why a whole file could not be read. (A file that was read but has unreadable sections
// or cells is not an error: those are listed in the report's `unreadable` and findings.)
export type ReportReadErrorCode =
  | 'unsupported-format' // not text, HTML, DOCX or PDF (e.g. an image, a zip of something else)
  | 'corrupt-file' // truncated or malformed container (PDF xref, DOCX zip)
  | 'encrypted' // password-protected PDF/DOCX
  | 'no-text' // a scanned PDF or image-only document: nothing to read without OCR
  | 'not-a-report' // readable, but not a 政府信息公开工作年度报告
  | 'too-large' // beyond a size limit: bytes, PDF pages, inflated DOCX (lib/report/limits.ts)
  | 'timeout' // reading took longer than the time limit (a pathological or hostile file)
  | 'empty';

export class ReportReadError extends Error {
  constructor(
    public readonly code: ReportReadErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ReportReadError';
  }
}
