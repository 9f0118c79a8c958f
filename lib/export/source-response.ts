// The original file of a report version as a download. Always `attachment` with
// `nosniff`, and HTML additionally sandboxed by CSP: a stored web page must never run in
// Gongkai's origin, whatever a browser decides to do with it.
import { AppError, toErrorResponse } from '../errors.ts';
import { getReportSource, readSourceChunk, type StoredSource } from '../queries/report-detail.ts';
import { zhCNReport } from '../messages/zh-CN-report.ts';
import { canViewReport } from './access.ts';
import { parseReportIdOrThrow } from './export-response.ts';
import { buildContentDisposition } from './file-name.ts';

const TYPE_BY_KIND: Record<string, string> = {
  text: 'text/plain',
  markdown: 'text/plain',
  'crawler-text': 'text/plain',
  html: 'text/html',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

const TYPE_BY_EXTENSION: Record<string, string> = {
  txt: 'text/plain', md: 'text/plain', htm: 'text/html', html: 'text/html', pdf: 'application/pdf', docx: TYPE_BY_KIND.docx!,
};

/** By the reader's verdict on the content first (it looked at the bytes), then by extension. */
export function getSourceContentType(kind: string, fileName: string): string {
  const extension = fileName.split('.').pop()?.toLowerCase() ?? '';
  return TYPE_BY_KIND[kind] ?? TYPE_BY_EXTENSION[extension] ?? 'application/octet-stream';
}

// Files are capped at 20 MB on import; slices keep a download's memory at one slice anyway.
const CHUNK_BYTES = 1024 * 1024;

function streamSource(source: StoredSource): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (offset >= source.size) return controller.close();
        const chunk = await readSourceChunk(source.sha256, offset, CHUNK_BYTES);
        if (chunk.byteLength === 0) return controller.close();
        offset += chunk.byteLength;
        controller.enqueue(new Uint8Array(chunk));
      },
    },
    { highWaterMark: 1 },
  );
}

/** GET /reports/<id>/source[?version=<id>] */
export async function respondWithSource(request: Request, rawId: string): Promise<Response> {
  try {
    const reportId = parseReportIdOrThrow(rawId);
    const rawVersion = new URL(request.url).searchParams.get('version');
    const versionId = rawVersion === null ? undefined : parseReportIdOrThrow(rawVersion);
    if (!(await canViewReport(request, reportId))) throw new AppError('forbidden', zhCNReport.export.forbidden);
    const source = await getReportSource(reportId, versionId);
    if (!source) throw new AppError('not_found', zhCNReport.export.reportNotFound);
    return new Response(streamSource(source), {
      headers: {
        'Content-Type': getSourceContentType(source.kind, source.name),
        'Content-Length': String(source.size),
        'Content-Disposition': buildContentDisposition(source.name),
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "sandbox; default-src 'none'",
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    return toErrorResponse(error);
  }
}
