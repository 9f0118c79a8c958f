// Stores one read report in one transaction: the source file (content-addressed), the unit,
// the unit-year row with its summary figures, a new version with its cells and findings,
// the previous version kept as history, and the cross-year rule R6 refreshed for this year
// and the next. A crash anywhere leaves nothing half-written.
import type { Db } from '../db/client.ts';
import { Prisma } from '../db/generated/prisma/client.ts';
import type { ReadReport } from '../report/model.ts';
import { listNumericCells, summarizeReport } from './figures.ts';
import { refreshCrossYearFindings } from './cross-year.ts';
import type { RegionIndex, RegionNode } from './region-index.ts';

export type Tx = Prisma.TransactionClient;

export type StoreInput = {
  sha256: string;
  bytes: Uint8Array;
  fileName: string;
  read: ReadReport & { year: number };
  plainText: string;
  town: RegionNode;
  batchId?: number;
};

export type StoreOutcome = { status: 'imported' | 'replaced'; reportId: number; versionId: number };

function ancestorIds(index: RegionIndex, town: RegionNode) {
  const chain = index.ancestors(town.id);
  const at = (level: RegionNode['level']) => chain.find((node) => node.level === level)?.id ?? null;
  return { provinceId: at('province'), cityId: at('city'), countyId: at('county') };
}

function toFindingRows(versionId: number, read: ReadReport) {
  return read.findings.map((finding) => ({
    versionId,
    rule: finding.rule,
    severity: finding.severity,
    cells: finding.cells,
    expected: finding.expected === null ? null : String(finding.expected),
    actual: finding.actual === null ? null : String(finding.actual),
    message: finding.message,
  }));
}

async function storeOnce(db: Db, index: RegionIndex, input: StoreInput): Promise<StoreOutcome> {
  const { read, town } = input;
  const figures = summarizeReport(read);
  const unitName = read.unit ?? town.name;
  return db.$transaction(
    async (tx) => {
      await tx.sourceFile.createMany({
        data: [{ sha256: input.sha256, bytes: Buffer.from(input.bytes), size: input.bytes.byteLength }],
        skipDuplicates: true,
      });
      const unit = await tx.unit.upsert({
        where: { regionId_name: { regionId: town.id, name: unitName } },
        update: {},
        create: { regionId: town.id, name: unitName },
      });
      // Lock the unit-year row so that two imports of the same town and year queue up.
      const locked = await tx.$queryRaw<{ id: number; activeVersionId: number | null }[]>`
        SELECT id, "activeVersionId" FROM "Report" WHERE "townId" = ${town.id} AND year = ${read.year} FOR UPDATE`;
      const existing = locked[0];
      const report =
        existing ??
        (await tx.report.create({
          data: { townId: town.id, ...ancestorIds(index, town), unitId: unit.id, year: read.year, synthetic: town.synthetic, ...figures },
        }));
      if (existing?.activeVersionId) {
        await tx.reportVersion.update({ where: { id: existing.activeVersionId }, data: { status: 'superseded', supersededAt: new Date() } });
      }
      const version = await tx.reportVersion.create({
        data: {
          reportId: report.id,
          sourceSha256: input.sha256,
          sourceName: input.fileName,
          sourceKind: read.sourceKind,
          readerVersion: read.readerVersion,
          formatVersion: figures.formatVersion,
          unitName,
          title: read.title,
          read: read as unknown as Prisma.InputJsonValue,
          plainText: input.plainText,
          batchId: input.batchId ?? null,
        },
      });
      await tx.reportCell.createMany({ data: listNumericCells(read).map((cell) => ({ versionId: version.id, ...cell })) });
      await tx.finding.createMany({ data: toFindingRows(version.id, read) });
      await tx.report.update({
        where: { id: report.id },
        data: { unitId: unit.id, activeVersionId: version.id, ...figures },
      });
      await refreshCrossYearFindings(tx, town.id, read.year);
      return { status: existing ? 'replaced' : 'imported', reportId: report.id, versionId: version.id } as StoreOutcome;
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}

/** Stores a report; retries once when a concurrent import created the same unit-year first. */
export async function storeReport(db: Db, index: RegionIndex, input: StoreInput): Promise<StoreOutcome> {
  try {
    return await storeOnce(db, index, input);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return storeOnce(db, index, input);
    throw error;
  }
}
