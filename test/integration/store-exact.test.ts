// The import's bulk statements send the stored columns as binary parameters cut apart by
// offsets (lib/ingest/store-reports.ts): every value must arrive exactly, whatever its bytes,
// and a null plain text (the source file is the text) must arrive as null.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrismaClient } from '../../lib/db/client.ts';
import { generateDataset } from '../../lib/demo/generate/dataset.ts';
import { hashBytes, prepareFile } from '../../lib/ingest/import-file.ts';
import { RegionIndex } from '../../lib/ingest/region-index.ts';
import { loadRegionCatalog, parseRegionCatalog } from '../../lib/ingest/regions-catalog.ts';
import { storeReports, type StoreInput } from '../../lib/ingest/store-reports.ts';
import { truncateAll } from './fixtures/insert-report.ts';

const utf8 = new TextEncoder();
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const dataset = generateDataset({ seed: 'exact', counties: 1, townsPerCounty: 3, years: [2022], formats: ['text', 'html', 'docx'], faultRate: 0 });

describe('storing a chunk', () => {
  const db = createPrismaClient(inject('databaseUrl'));
  beforeAll(async () => {
    await truncateAll(db);
    await loadRegionCatalog(db, parseRegionCatalog(dataset.regionsCsv));
  });
  afterAll(() => db.$disconnect());

  it('keeps source bytes, JSON, provenance bytes and plain text exact', async () => {
    const index = await RegionIndex.load(db);
    const inputs: StoreInput[] = [];
    for (const report of dataset.reports) {
      const prepared = await prepareFile({ db, index, createTowns: false }, { name: report.fileName, bytes: report.bytes, sha256: hashBytes(report.bytes) });
      if (prepared.kind !== 'ready') throw new Error(`${report.fileName} not ready`);
      inputs.push(prepared.input);
    }
    const byKind = (ext: string) => inputs.find((i) => i.fileName.endsWith(`.${ext}`))!;
    expect(inputs.map((i) => i.fileName.split('.').pop()).sort()).toEqual(['docx', 'html', 'txt']);
    // A UTF-8 text file is its own plain text: stored once, as the source file.
    expect(byKind('txt').stored.plainText).toBeNull();
    // Characters outside the BMP and an empty text, side by side in one chunk.
    const htmlText = `${decode(byKind('html').stored.plainText!)}\n𠀀𪚥\ufffd末`;
    byKind('html').stored.plainText = utf8.encode(htmlText);
    byKind('docx').stored.plainText = utf8.encode('');
    const outcomes = await storeReports(db, index, inputs);
    expect(outcomes.map((o) => o.status)).toEqual(['imported', 'imported', 'imported']);
    for (const [i, input] of inputs.entries()) {
      const version = await db.reportVersion.findUniqueOrThrow({ where: { id: outcomes[i]!.versionId }, include: { source: true } });
      expect(Buffer.from(version.source.bytes).equals(Buffer.from(input.bytes))).toBe(true);
      expect(version.source.size).toBe(input.bytes.byteLength);
      expect(version.read).toEqual(JSON.parse(decode(input.stored.read)));
      // What R6 reads across years, beside the whole report: the same values.
      const read = version.read as { year: number; article20: unknown; applications: Record<string, unknown> };
      expect(version.crossYear).toEqual({
        year: read.year,
        article20: read.article20,
        applications: { carriedOver: read.applications.carriedOver, carriedForward: read.applications.carriedForward },
      });
      expect(input.stored.provenance.byteLength).toBeGreaterThan(100);
      expect(Buffer.from(version.provenanceBytes!).equals(Buffer.from(input.stored.provenance))).toBe(true);
      expect(version.plainText).toBe(input.stored.plainText && decode(input.stored.plainText));
    }
    const html = await db.reportVersion.findFirstOrThrow({ where: { sourceName: byKind('html').fileName } });
    expect(html.plainText).toBe(htmlText);
  });
});
