// Stores many read reports in one transaction with set-based SQL: a fixed number of
// statements per chunk (arrays bound as parameters and expanded with unnest), whatever the
// chunk size. This is the import's hot path (Prisma's per-row calls cost a round trip and a
// query compilation each). All SQL is tagged and parameterised; nothing is built from strings.
// The statements run on a pg connection from the Prisma client's pool (lib/db/sql-runner.ts):
// source bytes, provenance, plain text and the cross-year part travel as one binary bytea
// parameter per column, cut apart in SQL by offsets, so neither side escapes or parses them; the
// read reports (stored as json) as the bytes of one JSON array, split once. All of them arrive
// from the read workers already as UTF-8 bytes (read-file.ts), so this thread only concatenates.
// A chunk must not contain the same town-year or the same file twice (see partitionUnique).
import type { Db } from '../db/client.ts';
import { Prisma } from '../db/generated/prisma/client.ts';
import { inPgTransaction } from '../db/sql-runner.ts';
import type { SummaryFigures } from './figures.ts';
import type { ImportView, StoredForm } from './read-file.ts';
import { refreshCrossYearFindingsFor } from './cross-year.ts';
import { insertFindings } from './insert-findings.ts';
import { actorName, type AuditActor } from '../auth/audit.ts';
import type { RegionIndex, RegionNode } from './region-index.ts';

export type StoreInput = {
  sha256: string;
  bytes: Uint8Array;
  fileName: string;
  /** What storing uses of the read report (the whole report is in `stored.read`). */
  read: ImportView & { year: number };
  /** The version's read, provenance and plain-text columns (see read-file.ts). */
  stored: StoredForm;
  town: RegionNode;
  batchId?: number;
};

export type StoreOutcome = { status: 'imported' | 'replaced'; reportId: number; versionId: number };

/** The whole-number summary columns of "Report" (fees and format are written separately). */
type FigureKey = Exclude<keyof SummaryFigures, 'formatVersion' | 'feesWan'>;

/** Source bytes per transaction: one statement carries them all, so large files get smaller runs. */
const MAX_RUN_BYTES = 32 * 1024 * 1024;

/** Splits inputs into runs without a repeated town-year or file, and within the byte budget, keeping their order. */
export function partitionUnique(inputs: StoreInput[]): StoreInput[][] {
  const runs: StoreInput[][] = [];
  let run: StoreInput[] = [];
  let keys = new Set<string>();
  let bytes = 0;
  for (const input of inputs) {
    const townYear = `${input.town.id}:${input.read.year}`;
    if (run.length && (keys.has(townYear) || keys.has(input.sha256) || bytes + input.bytes.byteLength > MAX_RUN_BYTES)) {
      runs.push(run);
      run = [];
      keys = new Set();
      bytes = 0;
    }
    run.push(input);
    keys.add(townYear).add(input.sha256);
    bytes += input.bytes.byteLength;
  }
  if (run.length) runs.push(run);
  return runs;
}

/**
 * Many values as one binary parameter: the concatenated bytes, and where each value starts
 * (1-based, for SQL's substring) and how long it is (null for a null value, which substring
 * then returns). Texts come as UTF-8; PostgreSQL checks the encoding when convert_from turns a
 * piece back into text.
 */
export function packValues(values: (Uint8Array | null)[]): { blob: Buffer; starts: number[]; lengths: (number | null)[] } {
  const starts: number[] = [];
  const lengths: (number | null)[] = [];
  let at = 1;
  for (const value of values) {
    starts.push(at);
    lengths.push(value ? value.byteLength : null);
    at += value ? value.byteLength : 0;
  }
  return { blob: Buffer.concat(values.filter((value) => value !== null)), starts, lengths };
}

const OPEN = Buffer.from('[');
const COMMA = Buffer.from(',');
const CLOSE = Buffer.from(']');

/** JSON texts (as UTF-8 bytes) as the bytes of one JSON array `[a,b,…]`, for json_array_elements. */
export function jsonArrayBytes(values: Uint8Array[]): Buffer {
  const parts: Uint8Array[] = [OPEN];
  for (const [i, value] of values.entries()) {
    if (i > 0) parts.push(COMMA);
    parts.push(value);
  }
  parts.push(CLOSE);
  return Buffer.concat(parts);
}

function ancestorIds(index: RegionIndex, town: RegionNode) {
  const chain = index.ancestors(town.id);
  const at = (level: RegionNode['level']) => chain.find((node) => node.level === level)?.id ?? null;
  return { provinceId: at('province'), cityId: at('city'), countyId: at('county') };
}

/** Stores one chunk (unique town-years and files) in one transaction, with its audit entries. */
export async function storeReports(db: Db, index: RegionIndex, inputs: StoreInput[], actor: AuditActor = { cli: true }): Promise<StoreOutcome[]> {
  if (inputs.length === 0) return [];
  const figures = inputs.map((input) => input.read.figures);
  const unitNames = inputs.map((input) => input.read.unit ?? input.town.name);
  const townIds = inputs.map((input) => input.town.id);
  const years = inputs.map((input) => input.read.year);
  const sources = packValues(inputs.map((i) => i.bytes));
  const provenances = packValues(inputs.map((i) => i.stored.provenance));
  const plainTexts = packValues(inputs.map((i) => i.stored.plainText));
  const crossYears = packValues(inputs.map((i) => i.stored.crossYear));
  return inPgTransaction(db, async (sql) => {
    await sql.execute(Prisma.sql`
      INSERT INTO "SourceFile" (sha256, bytes, size)
      SELECT x.s, substring(${sources.blob}::bytea FROM x.o FOR x.n), x.n
      FROM unnest(${inputs.map((i) => i.sha256)}::text[], ${sources.starts}::int[], ${sources.lengths}::int[]) AS x(s, o, n)
      ON CONFLICT (sha256) DO NOTHING`);
    const units = await sql.query<{ id: number; regionId: number; name: string }>(Prisma.sql`
      WITH wanted AS (SELECT DISTINCT * FROM unnest(${townIds}::int[], ${unitNames}::text[]) AS t(r, n)),
      inserted AS (INSERT INTO "Unit" ("regionId", name) SELECT r, n FROM wanted ON CONFLICT ("regionId", name) DO NOTHING RETURNING id, "regionId", name)
      SELECT id, "regionId", name FROM inserted
      UNION ALL SELECT u.id, u."regionId", u.name FROM "Unit" u JOIN wanted w ON u."regionId" = w.r AND u.name = w.n`);
    const unitId = new Map(units.map((u) => [`${u.regionId}:${u.name}`, u.id]));
    const unitIds = inputs.map((input, i) => unitId.get(`${input.town.id}:${unitNames[i]}`)!);
    const ancestors = inputs.map((input) => ancestorIds(index, input.town));
    // New unit-years get a row; existing ones are locked so concurrent imports queue up.
    await sql.execute(Prisma.sql`
      INSERT INTO "Report" ("townId", "provinceId", "cityId", "countyId", "unitId", year, synthetic, "formatVersion", "updatedAt")
      SELECT * , now() FROM unnest(${townIds}::int[], ${ancestors.map((a) => a.provinceId)}::int[], ${ancestors.map((a) => a.cityId)}::int[],
        ${ancestors.map((a) => a.countyId)}::int[], ${unitIds}::int[], ${years}::int[], ${inputs.map((i) => i.town.synthetic)}::boolean[],
        ${figures.map((f) => f.formatVersion)}::text[])
      ON CONFLICT ("townId", year) DO NOTHING`);
    const reports = await sql.query<{ id: number; townId: number; year: number; activeVersionId: number | null }>(Prisma.sql`
      SELECT id, "townId", year, "activeVersionId" FROM "Report"
      WHERE ("townId", year) IN (SELECT * FROM unnest(${townIds}::int[], ${years}::int[])) ORDER BY id FOR UPDATE`);
    const reportByKey = new Map(reports.map((r) => [`${r.townId}:${r.year}`, r]));
    const targets = inputs.map((input) => reportByKey.get(`${input.town.id}:${input.read.year}`)!);
    const previous = targets.map((t) => t.activeVersionId).filter((id): id is number => id !== null);
    if (previous.length) await sql.execute(Prisma.sql`UPDATE "ReportVersion" SET status = 'superseded', "supersededAt" = now() WHERE id = ANY(${previous}::int[])`);
    const versions = await sql.query<{ id: number; reportId: number }>(Prisma.sql`
      INSERT INTO "ReportVersion" ("reportId", "sourceSha256", "sourceName", "sourceKind", "readerVersion", "formatVersion", "unitName", title,
        read, "crossYear", "provenanceBytes", "plainText", "batchId")
      SELECT x.r, x.s, x.n, x.k, x.v, x.f, x.u, x.t,
        j.value,
        convert_from(substring(${crossYears.blob}::bytea FROM x.co FOR x.cn), 'UTF8')::jsonb,
        substring(${provenances.blob}::bytea FROM x.po FOR x.pn),
        convert_from(substring(${plainTexts.blob}::bytea FROM x.qo FOR x.qn), 'UTF8'), x.b
      FROM unnest(${targets.map((t) => t.id)}::int[], ${inputs.map((i) => i.sha256)}::text[],
        ${inputs.map((i) => i.fileName)}::text[], ${inputs.map((i) => i.read.sourceKind)}::text[], ${inputs.map((i) => i.read.readerVersion)}::text[],
        ${figures.map((f) => f.formatVersion)}::text[], ${unitNames}::text[], ${inputs.map((i) => i.read.title)}::text[],
        ${inputs.map((i) => i.batchId ?? null)}::int[], ${provenances.starts}::int[], ${provenances.lengths}::int[], ${plainTexts.starts}::int[],
        ${plainTexts.lengths}::int[], ${crossYears.starts}::int[], ${crossYears.lengths}::int[], ${inputs.map((_, i) => i + 1)}::int[])
        AS x(r, s, n, k, v, f, u, t, b, po, pn, qo, qn, co, cn, i)
      -- The read reports as one JSON array split once (json keeps each element's text as it came:
      -- a quarter of PostgreSQL's time for building jsonb), joined on a position passed in
      -- (joining on WITH ORDINALITY measured slower).
      JOIN json_array_elements(convert_from(${jsonArrayBytes(inputs.map((i) => i.stored.read))}::bytea, 'UTF8')::json) WITH ORDINALITY AS j(value, i)
        ON j.i = x.i
      RETURNING id, "reportId"`);
    const versionByReport = new Map(versions.map((v) => [v.reportId, v.id]));
    const versionIds = targets.map((t) => versionByReport.get(t.id)!);
    const findings = inputs.flatMap((input, i) => input.read.findings.map((f) => ({ ...f, versionId: versionIds[i]! })));
    await insertFindings(sql, findings);
    const column = (key: FigureKey) => figures.map((f) => f[key]);
    await sql.execute(Prisma.sql`
      UPDATE "Report" r SET "activeVersionId" = u.v, "unitId" = u.unit, "formatVersion" = u.fmt, "feesWan" = u.fees, "findingCount" = u.fc,
        publications = u.c1, received = u.c2, "carriedOver" = u.c3, granted = u.c4, "partiallyGranted" = u.c5, denied = u.c6,
        unavailable = u.c7, "notProcessed" = u.c8, "otherOutcome" = u.c9, "handledTotal" = u.c10, "carriedForward" = u.c11,
        licensing = u.c12, penalties = u.c13, coercion = u.c14, reviews = u.c15, lawsuits = u.c16, "updatedAt" = now()
      FROM unnest(${targets.map((t) => t.id)}::int[], ${versionIds}::int[], ${unitIds}::int[], ${figures.map((f) => f.formatVersion)}::text[],
        ${figures.map((f) => f.feesWan)}::float8[], ${column('publications')}::int[], ${column('received')}::int[], ${column('carriedOver')}::int[],
        ${column('granted')}::int[], ${column('partiallyGranted')}::int[], ${column('denied')}::int[], ${column('unavailable')}::int[],
        ${column('notProcessed')}::int[], ${column('otherOutcome')}::int[], ${column('handledTotal')}::int[], ${column('carriedForward')}::int[],
        ${column('licensing')}::int[], ${column('penalties')}::int[], ${column('coercion')}::int[], ${column('reviews')}::int[], ${column('lawsuits')}::int[],
        ${inputs.map((i) => i.read.findings.length)}::int[])
        AS u(id, v, unit, fmt, fees, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16, fc)
      WHERE r.id = u.id`);
    await refreshCrossYearFindingsFor(sql, inputs.map((input) => ({ townId: input.town.id, year: input.read.year })));
    // Who imported or replaced what: written in the same transaction as the change.
    const actions = targets.map((t) => (t.activeVersionId === null ? 'import' : 'replace'));
    await sql.execute(Prisma.sql`
      INSERT INTO "AuditLog" ("userId", "actorName", action, target, "regionId", details)
      SELECT ${'cli' in actor ? null : actor.id}::text, ${actorName(actor)}::text, a, t, r, d::jsonb
      FROM unnest(${actions}::text[], ${inputs.map((i) => `${i.town.name} ${i.read.year}（${i.fileName}）`)}::text[], ${townIds}::int[],
        ${versionIds.map((v, i) => JSON.stringify({ reportId: targets[i]!.id, versionId: v, sha256: inputs[i]!.sha256 }))}::text[]) AS x(a, t, r, d)`);
    return targets.map((target, i) => ({ status: target.activeVersionId === null ? 'imported' : 'replaced', reportId: target.id, versionId: versionIds[i]! }));
  });
}
