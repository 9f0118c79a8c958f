// Rule R6 compares a report with the same town's previous year (carry-over, documents in
// force). It is stored as findings on the later year's active version and recomputed for
// both pairs a new version touches: (year−1 → year) and (year → year+1).
import { checkAcrossYears } from '../report/check.ts';
import type { ReadReport } from '../report/model.ts';
import type { Prisma } from '../db/generated/prisma/client.ts';

type Tx = Prisma.TransactionClient;

async function activeRead(tx: Tx, townId: number, year: number) {
  const report = await tx.report.findUnique({
    where: { townId_year: { townId, year } },
    select: { id: true, activeVersion: { select: { id: true, read: true } } },
  });
  return report?.activeVersion ? { reportId: report.id, versionId: report.activeVersion.id, read: report.activeVersion.read as unknown as ReadReport } : null;
}

async function refreshPair(tx: Tx, townId: number, laterYear: number): Promise<void> {
  const later = await activeRead(tx, townId, laterYear);
  if (!later) return;
  const earlier = await activeRead(tx, townId, laterYear - 1);
  await tx.finding.deleteMany({ where: { versionId: later.versionId, rule: 'R6' } });
  const findings = earlier ? checkAcrossYears(earlier.read, later.read) : [];
  if (findings.length) {
    await tx.finding.createMany({
      data: findings.map((finding) => ({
        versionId: later.versionId,
        rule: finding.rule,
        severity: finding.severity,
        cells: finding.cells,
        expected: finding.expected === null ? null : String(finding.expected),
        actual: finding.actual === null ? null : String(finding.actual),
        message: finding.message,
      })),
    });
  }
  const findingCount = await tx.finding.count({ where: { versionId: later.versionId } });
  await tx.report.update({ where: { id: later.reportId }, data: { findingCount } });
}

export async function refreshCrossYearFindings(tx: Tx, townId: number, year: number): Promise<void> {
  await refreshPair(tx, townId, year);
  await refreshPair(tx, townId, year + 1);
}
