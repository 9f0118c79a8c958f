// Set-based generation of a national-shaped data set for bench/queries.ts: provinces of 11
// cities × 8 counties × 14 towns (≈ 1,232 towns, like a real province), 6 years per town,
// one active version per report, findings on ~12 % of reports. Everything is INSERT … SELECT
// over generate_series (no reader, no per-row round trips), so 240,000 reports take seconds.
import pg from 'pg';

export const YEARS = [2019, 2020, 2021, 2022, 2023, 2024];
export const CITIES_PER_PROVINCE = 11;
export const COUNTIES_PER_CITY = 8;
export const TOWNS_PER_COUNTY = 14;
const TOWNS_PER_PROVINCE = CITIES_PER_PROVINCE * COUNTIES_PER_CITY * TOWNS_PER_COUNTY;

/** Provinces needed for about `reports` reports (national: 240,000 → 33 provinces, 40,656 towns). */
export function provincesFor(reports: number): number {
  return Math.max(1, Math.round(reports / YEARS.length / TOWNS_PER_PROVINCE));
}

export async function generateNationalData(url: string, provinces: number): Promise<{ reports: number; towns: number; findings: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SELECT setseed(0.42)');
    const steps: [string, string][] = [
      ['provinces', `INSERT INTO "Region" (level, name, code, synthetic)
        SELECT 'province', '测试' || p || '省', '99' || lpad(p::text, 2, '0'), true FROM generate_series(1, $1::int) p`],
      ['cities', `INSERT INTO "Region" ("parentId", level, name, synthetic)
        SELECT r.id, 'city', r.name || c || '市', true FROM "Region" r CROSS JOIN generate_series(1, ${CITIES_PER_PROVINCE}) c WHERE r.level = 'province'`],
      ['counties', `INSERT INTO "Region" ("parentId", level, name, synthetic)
        SELECT r.id, 'county', r.name || k || '县', true FROM "Region" r CROSS JOIN generate_series(1, ${COUNTIES_PER_CITY}) k WHERE r.level = 'city'`],
      ['towns', `INSERT INTO "Region" ("parentId", level, name, synthetic)
        SELECT r.id, 'township', r.name || t || '镇', true FROM "Region" r CROSS JOIN generate_series(1, ${TOWNS_PER_COUNTY}) t WHERE r.level = 'county'`],
      ['units', `INSERT INTO "Unit" ("regionId", name) SELECT id, name || '人民政府' FROM "Region" WHERE level = 'township'`],
      ['source', `INSERT INTO "SourceFile" (sha256, bytes, size) VALUES ('bench', '\\x00', 1)`],
      ['reports', `INSERT INTO "Report" ("townId", "countyId", "cityId", "provinceId", "unitId", year, synthetic, "formatVersion",
          publications, received, "carriedOver", granted, "partiallyGranted", denied, unavailable, "notProcessed", "otherOutcome",
          "handledTotal", "carriedForward", licensing, penalties, coercion, "feesWan", reviews, lawsuits, "findingCount", "updatedAt")
        SELECT t.id, k.id, c.id, c."parentId", u.id, y, true, CASE WHEN y < 2021 THEN '2019' ELSE '2021' END,
          (50 + random() * 400)::int, g + pg2 + d + un + np + o, 0, g, pg2, d, un, np, o, g + pg2 + d + un + np + o, 0,
          (random() * 30)::int, CASE WHEN random() < 0.03 THEN (40 + random() * 60)::int ELSE (random() * 12)::int END,
          (random() * 3)::int, round((random() * 5)::numeric, 2)::float8, (random() < 0.1)::int, (random() < 0.05)::int,
          CASE WHEN random() < 0.12 THEN 1 + (random() < 0.3)::int ELSE 0 END, now()
        FROM "Region" t
        JOIN "Region" k ON k.id = t."parentId"
        JOIN "Region" c ON c.id = k."parentId"
        JOIN "Unit" u ON u."regionId" = t.id
        CROSS JOIN unnest($1::int[]) y
        CROSS JOIN LATERAL (SELECT (random() * 6)::int g, (random() * 2)::int pg2, (random() * 2)::int d, (random() * 3)::int un,
                                   (random() * 1.4)::int np, (random() * 1.2)::int o WHERE t.id + y > 0) f
        WHERE t.level = 'township'`],
      ['versions', `INSERT INTO "ReportVersion" ("reportId", "sourceSha256", "sourceName", "sourceKind", "readerVersion", "formatVersion", "unitName", read, "plainText")
        SELECT r.id, 'bench', 'bench.txt', 'text', 'bench', r."formatVersion", '', '{}'::jsonb, '' FROM "Report" r`],
      ['active versions', `UPDATE "Report" r SET "activeVersionId" = v.id FROM "ReportVersion" v WHERE v."reportId" = r.id`],
      ['findings', `INSERT INTO "Finding" ("versionId", rule, severity, cells, message)
        SELECT r."activeVersionId", (ARRAY['R1','R2','R3','R5','R6'])[1 + ((r.id + n) % 5)], 'error', ARRAY['applications.received.total'], '基准测试'
        FROM "Report" r CROSS JOIN LATERAL generate_series(1, r."findingCount") n WHERE r."findingCount" > 0`],
      ['analyze', 'ANALYZE'],
    ];
    for (const [label, sql] of steps) {
      const started = performance.now();
      const params: unknown[] = label === 'provinces' ? [provinces] : label === 'reports' ? [YEARS] : [];
      const result = await client.query(sql, params);
      process.stderr.write(`  ${label.padEnd(16)} ${String(result.rowCount ?? '').padStart(8)} rows  ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    }
    const counts = await client.query<{ reports: string; towns: string; findings: string }>(
      `SELECT (SELECT count(*) FROM "Report") reports, (SELECT count(*) FROM "Region" WHERE level = 'township') towns, (SELECT count(*) FROM "Finding") findings`,
    );
    const row = counts.rows[0]!;
    return { reports: Number(row.reports), towns: Number(row.towns), findings: Number(row.findings) };
  } finally {
    await client.end();
  }
}
