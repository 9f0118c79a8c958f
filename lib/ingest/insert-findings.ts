// Findings of many versions in one statement (arrays bound as parameters, expanded with
// unnest; each finding's cell list travels as JSON text because unnest needs flat arrays).
import { Prisma } from '../db/generated/prisma/client.ts';
import type { SqlRunner } from '../db/sql-runner.ts';
import type { Finding } from '../report/model.ts';

export async function insertFindings(sql: SqlRunner, findings: (Finding & { versionId: number })[]): Promise<void> {
  if (findings.length === 0) return;
  const text = (value: Finding['expected']) => (value === null ? null : String(value));
  await sql.execute(Prisma.sql`
    INSERT INTO "Finding" ("versionId", rule, severity, cells, expected, actual, message)
    SELECT v, r, s, ARRAY(SELECT jsonb_array_elements_text(c::jsonb)), e, a, m
    FROM unnest(${findings.map((f) => f.versionId)}::int[], ${findings.map((f) => f.rule)}::text[], ${findings.map((f) => f.severity)}::text[],
      ${findings.map((f) => JSON.stringify(f.cells))}::text[], ${findings.map((f) => text(f.expected))}::text[],
      ${findings.map((f) => text(f.actual))}::text[], ${findings.map((f) => f.message)}::text[]) AS t(v, r, s, c, e, a, m)`);
}
