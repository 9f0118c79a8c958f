// The import's view of the reader: what storing needs of the read report (a few fields, the
// findings and the summary figures) and the version's stored columns already serialised: the
// read report as JSON, its provenance as bytes, and the plain text its provenance ranges point
// into (null when that is the source file itself). All of this is computed where the file was
// read — in a worker thread for big imports — so the thread that stores only packs them:
// neither the report's object tree nor the provenance crosses threads as objects (a
// structured clone of the whole tree cost both threads more than the texts do).
import { readReportWithSource, type ReadReport } from '../report/index.ts';
import { encodeProvenanceBytes } from '../report/provenance-bytes.ts';
import { isSourceText } from '../report/source-text.ts';
import { summarizeReport, type SummaryFigures } from './figures.ts';

/** The read report without `sources` (those are in `stored.provenance`, packed). */
export type ReadWithoutSources = Omit<ReadReport, 'sources'>;

/** What the import uses of a read report besides the stored JSON. */
export type ImportView = Pick<ReadReport, 'year' | 'formatVersion' | 'unit' | 'regionHints' | 'findings' | 'sourceKind' | 'readerVersion' | 'title'> & {
  figures: SummaryFigures;
};

/**
 * ReportVersion's read (json: its text), crossYear (jsonb: its JSON text), provenanceBytes and
 * plainText columns, as bytes (texts in UTF-8). Encoded here, where the file was read, and moved
 * to the storing thread without a copy: as strings they were copied across threads, then joined
 * and encoded again there (~0.15 ms of the storing thread per report; UTF-8 encoding is ~10 µs).
 */
export type StoredForm = { read: Bytes; crossYear: Bytes; provenance: Bytes; plainText: Bytes | null };
type Bytes = Uint8Array<ArrayBuffer>;

const utf8 = new TextEncoder();
const MARKUP_KINDS = new Set(['html', 'docx', 'pdf']);

export type ReadFileResult = { report: ImportView; stored: StoredForm };

/**
 * JSON for PostgreSQL: text there cannot hold U+0000, so a NUL that slipped through a reader
 * becomes U+FFFD (same length, so provenance ranges into the plain text stay right).
 */
export function toStorableJson(value: unknown): string {
  const json = JSON.stringify(value);
  // Only a real escape (after an even run of backslashes), not the text "\\u0000" itself;
  // the plain search first, as nearly every report has neither.
  return json.includes('\\u0000') ? json.replace(/(?<!\\)((?:\\\\)*)\\u0000/g, '$1\\ufffd') : json;
}

/** PostgreSQL text cannot hold U+0000 either: a NUL becomes U+FFFD (same length, so provenance ranges stay right). */
export function storableText(text: string): string {
  return text.includes('\0') ? text.replaceAll('\0', '\ufffd') : text;
}

export function toStoredForm(report: ReadReport, plainText: string, bytes: Uint8Array): StoredForm {
  const { sources, ...rest } = report;
  return {
    read: utf8.encode(toStorableJson(rest satisfies ReadWithoutSources)),
    crossYear: utf8.encode(toStorableJson(crossYearPart(report))),
    provenance: encodeProvenanceBytes(sources, plainText),
    // Only a text file can be its own plain text (checking an HTML page would decode it for nothing).
    plainText: !MARKUP_KINDS.has(report.sourceKind) && isSourceText(bytes, plainText) ? null : utf8.encode(storableText(plainText)),
  };
}

/**
 * What R6 (lib/report/check-across-years.ts) reads of a neighbouring year, as the crossYear
 * column keeps it: cross-year.ts builds the same object from `read` for older versions.
 */
export function crossYearPart(report: Pick<ReadReport, 'year' | 'article20' | 'applications'>) {
  const { carriedOver, carriedForward } = report.applications;
  return { year: report.year, article20: report.article20, applications: { carriedOver, carriedForward } };
}

/** The buffers of a stored form, for a postMessage transfer list. */
export function storedBuffers(stored: StoredForm): ArrayBuffer[] {
  return [stored.read.buffer, stored.crossYear.buffer, stored.provenance.buffer, ...(stored.plainText ? [stored.plainText.buffer] : [])];
}

export function toImportView(report: ReadReport): ImportView {
  const { year, formatVersion, unit, regionHints, findings, sourceKind, readerVersion, title } = report;
  return { year, formatVersion, unit, regionHints, findings, sourceKind, readerVersion, title, figures: summarizeReport(report) };
}

export async function readReportFile(bytes: Uint8Array, fileName: string): Promise<ReadFileResult> {
  const { report, document } = await readReportWithSource(bytes, fileName);
  return { report: toImportView(report), stored: toStoredForm(report, document.plainText, bytes) };
}
