// The thin I/O layer: writes a generated data set into a folder (reports/, regions.csv,
// manifest.json). Existing files of the same names are overwritten; nothing else is touched.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPORTS_DIR, type Dataset } from './dataset.ts';

export type WriteSummary = { files: number; bytes: number };

export function writeDataset(dataset: Dataset, outDir: string): WriteSummary {
  mkdirSync(path.join(outDir, REPORTS_DIR), { recursive: true });
  let bytes = 0;
  for (const report of dataset.reports) {
    writeFileSync(path.join(outDir, report.meta.path), report.bytes);
    bytes += report.bytes.length;
  }
  writeFileSync(path.join(outDir, 'regions.csv'), dataset.regionsCsv);
  writeFileSync(path.join(outDir, 'manifest.json'), JSON.stringify(dataset.manifest, null, 2) + '\n');
  return { files: dataset.reports.length, bytes };
}
