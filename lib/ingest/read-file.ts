// The import's view of the reader: the read report, the plain text its provenance ranges point
// into, and the version's stored columns already serialised. Serialising here means it happens
// where the file was read — in a worker thread for big imports — so the thread that stores only
// joins strings, and the provenance (most of the report's size) never crosses threads as objects.
import { readReportWithSource, type ReadReport } from '../report/index.ts';
import { encodeProvenance } from '../report/provenance-codec.ts';

/** The read report without `sources` (those are in `stored.provenance`, packed). */
export type ReadWithoutSources = Omit<ReadReport, 'sources'>;

/** JSON texts for ReportVersion's read (jsonb) and provenance (text) columns. */
export type StoredForm = { read: string; provenance: string };

export type ReadFileResult = { report: ReadWithoutSources; plainText: string; stored: StoredForm };

/**
 * JSON for PostgreSQL: text there cannot hold U+0000, so a NUL that slipped through a reader
 * becomes U+FFFD (same length, so provenance ranges into the plain text stay right).
 */
export function toStorableJson(value: unknown): string {
  // Only a real escape (after an even run of backslashes), not the text "\\u0000" itself.
  return JSON.stringify(value).replace(/(?<!\\)((?:\\\\)*)\\u0000/g, '$1\\ufffd');
}

export function toStoredForm(report: ReadReport, plainText: string): { report: ReadWithoutSources; stored: StoredForm } {
  const { sources, ...rest } = report;
  return {
    report: rest,
    // encodeProvenance's output is JSON, so a NUL in it is already the escape "\u0000", not a character.
    stored: { read: toStorableJson(rest), provenance: encodeProvenance(sources, plainText) },
  };
}

export async function readReportFile(bytes: Uint8Array, fileName: string): Promise<ReadFileResult> {
  const { report, document } = await readReportWithSource(bytes, fileName);
  return { ...toStoredForm(report, document.plainText), plainText: document.plainText };
}
