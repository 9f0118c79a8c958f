// Download names and headers. Names say what is inside (scope, years, kind), e.g.
// gongkai_济源市_2024_long.csv; the header carries an ASCII fallback plus the UTF-8 name
// in RFC 5987 form, which every current browser prefers.

export type FileNameParts = { scope: string; year?: number; from?: number; to?: number; kind: string; ext?: string };

function yearsPart({ year, from, to }: FileNameParts): string {
  if (year !== undefined) return String(year);
  if (from !== undefined && to !== undefined) return from === to ? String(from) : `${from}-${to}`;
  if (from !== undefined) return `${from}起`;
  if (to !== undefined) return `至${to}`;
  return '全部年度';
}

/** Characters no file system or browser accepts in a name become `_`. */
function sanitize(part: string): string {
  return part.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, '_').trim() || '_';
}

export function buildExportFileName(parts: FileNameParts): string {
  return `gongkai_${sanitize(parts.scope)}_${yearsPart(parts)}_${sanitize(parts.kind)}.${parts.ext ?? 'csv'}`;
}

/** RFC 5987 value-chars: encodeURIComponent leaves ' ( ) * unescaped, which attr-char forbids. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `attachment` always: downloads are never rendered in the page's origin. */
export function buildContentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/_+/g, '_') || 'download';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}
