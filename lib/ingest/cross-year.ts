// Rule R6 compares a report with the same town's previous year (carry-over, documents in
// force). It is stored as findings on the later year's active version and recomputed, set-
// based, for every pair a stored chunk touches: (year−1 → year) and (year → year+1).
import { Prisma } from '../db/generated/prisma/client.ts';
import type { SqlRunner } from '../db/sql-runner.ts';
import { insertFindings } from './insert-findings.ts';
import { checkAcrossYears } from '../report/check.ts';
import type { ReadReport } from '../report/model.ts';

type Active = { reportId: number; townId: number; year: number; versionId: number; slim: Pick<ReadReport, 'year' | 'applications' | 'article20'> };

export async function refreshCrossYearFindingsFor(sql: SqlRunner, stored: { townId: number; year: number }[]): Promise<void> {
  if (stored.length === 0) return;
  const wanted = new Map<string, { townId: number; year: number }>();
  for (const { townId, year } of stored) for (const y of [year - 1, year, year + 1]) wanted.set(`${townId}:${y}`, { townId, year: y });
  const keys = [...wanted.values()];
  // Only the parts R6 reads, not the whole stored JSON (which carries provenance and prose).
  // The version by a subquery on its primary key rather than a join: before the tables were first
  // analysed (a first large import), the join was planned as a scan of every version per chunk.
  const rows = await sql.query<Active>(Prisma.sql`
    SELECT r.id AS "reportId", r."townId", r.year, r."activeVersionId" AS "versionId",
      -- Versions stored before crossYear existed: the object crossYearPart (read-file.ts) writes, from the whole read report.
      (SELECT COALESCE(v."crossYear", jsonb_build_object('year', v.read->'year', 'article20', v.read->'article20',
        'applications', jsonb_build_object('carriedOver', v.read->'applications'->'carriedOver', 'carriedForward', v.read->'applications'->'carriedForward')))
       FROM "ReportVersion" v WHERE v.id = r."activeVersionId") AS slim
    FROM "Report" r
    WHERE r."activeVersionId" IS NOT NULL
      AND (r."townId", r.year) IN (SELECT * FROM unnest(${keys.map((k) => k.townId)}::int[], ${keys.map((k) => k.year)}::int[]))`);
  const byKey = new Map(rows.map((row) => [`${row.townId}:${row.year}`, row]));
  const later = new Map<number, Active>();
  for (const { townId, year } of stored) {
    for (const y of [year, year + 1]) {
      const row = byKey.get(`${townId}:${y}`);
      if (row) later.set(row.versionId, row);
    }
  }
  const findings = [...later.values()].flatMap((current) => {
    const previous = byKey.get(`${current.townId}:${current.year - 1}`);
    if (!previous) return [];
    return checkAcrossYears(previous.slim as ReadReport, current.slim as ReadReport).map((f) => ({ ...f, versionId: current.versionId }));
  });
  const versionIds = [...later.keys()];
  await sql.execute(Prisma.sql`DELETE FROM "Finding" WHERE rule = 'R6' AND "versionId" = ANY(${versionIds}::int[])`);
  await insertFindings(sql, findings);
  // Rows are rewritten only where the count changed: storing already set each new version's
  // count of its own findings, so most reports (no R6) are left alone.
  await sql.execute(Prisma.sql`
    UPDATE "Report" r SET "findingCount" = x.n
    FROM (SELECT v, (SELECT count(*)::int FROM "Finding" f WHERE f."versionId" = v) AS n FROM unnest(${versionIds}::int[]) AS v) x
    WHERE r."activeVersionId" = x.v AND r."findingCount" <> x.n`);
}
