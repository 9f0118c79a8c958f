// The import's view of the reader: the read report plus the plain text its provenance
// ranges point into (stored with the version for the drill-down page).
import { readReportWithSource, type ReadReport } from '../report/index.ts';

export async function readReportFile(bytes: Uint8Array, fileName: string): Promise<{ report: ReadReport; plainText: string }> {
  const { report, document } = await readReportWithSource(bytes, fileName);
  return { report, plainText: document.plainText };
}
