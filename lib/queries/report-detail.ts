// Read-side queries for the report page (/reports/[id]): one report with the version being
// viewed (active by default, or an older one from its history), its cells and findings,
// the neighbouring years of the same town, and the stored source file.
import { getPrisma } from '../db/client.ts';
import { readReportSchema, type ReadReport } from '../report/model.ts';
import { asValueTrees, listNumericCells } from '../report/cells.ts';
import { decodeProvenanceJson } from '../report/provenance-json.ts';
import { decodeProvenanceBytes } from '../report/provenance-bytes.ts';
import { decodeSourceText } from '../report/source-text.ts';

/** The parts of the stored `read` JSON the page uses; older or partial JSON yields what parses. */
export type StoredRead = Partial<ReadReport>;

export const SUMMARY_FIELDS = [
  'publications', 'received', 'granted', 'partiallyGranted', 'denied', 'unavailable', 'notProcessed', 'otherOutcome',
  'penalties', 'licensing', 'reviews', 'lawsuits', 'findingCount',
] as const;
export type SummaryField = (typeof SUMMARY_FIELDS)[number];
export type SummaryFigures = Record<SummaryField, number | null>;

export type VersionSummary = { id: number; status: string; sourceName: string; importedAt: Date; readerVersion: string };

export type ReportFinding = { id: number; rule: string; severity: string; cells: string[]; expected: string | null; actual: string | null; message: string };

export type ReportDetail = {
  id: number;
  year: number;
  townId: number;
  regionPath: { id: number; name: string }[];
  activeVersionId: number | null;
  figures: SummaryFigures;
  version: VersionSummary & { formatVersion: string; sourceKind: string; unitName: string; title: string | null; plainText: string; read: StoredRead };
  versions: VersionSummary[];
  /** Every numeric cell of the viewed version by dotted key; unreadable cells are absent. */
  cells: Record<string, number>;
  findings: ReportFinding[];
};

export type NeighbourReport = { id: number; year: number; figures: SummaryFigures };

type StoredProvenance = { provenanceBytes: Uint8Array | null; provenance: string };

/**
 * The stored read, field by field (a field that no longer fits the schema is dropped, not the
 * whole report), with its provenance unpacked: from bytes, or from the JSON text of versions
 * stored before the bytes existed; versions older still keep theirs in `read.sources`.
 */
function parseStoredRead(json: unknown, columns: StoredProvenance, plainText: string): StoredRead {
  const stored = json !== null && typeof json === 'object' ? (json as Record<string, unknown>) : {};
  const read: Record<string, unknown> = {};
  for (const [field, schema] of Object.entries(readReportSchema.shape)) {
    if (!(field in stored)) continue;
    const parsed = schema.safeParse(stored[field]);
    if (parsed.success) read[field] = parsed.data;
  }
  const packed = columns.provenanceBytes ? decodeProvenanceBytes(columns.provenanceBytes, plainText) : decodeProvenanceJson(columns.provenance, plainText);
  if (Object.keys(packed).length > 0) read.sources = packed;
  return read as StoredRead;
}

function pickFigures(row: Record<SummaryField, number | null>): SummaryFigures {
  return Object.fromEntries(SUMMARY_FIELDS.map((f) => [f, row[f]])) as SummaryFigures;
}

/** The report with the given version (default: active); null when either does not exist. */
export async function getReportDetail(reportId: number, versionId?: number): Promise<ReportDetail | null> {
  const db = getPrisma();
  const report = await db.report.findUnique({
    where: { id: reportId },
    include: { versions: { orderBy: { importedAt: 'desc' }, select: { id: true, status: true, sourceName: true, importedAt: true, readerVersion: true } } },
  });
  const wantedId = versionId ?? report?.activeVersionId;
  if (!report || wantedId === null || wantedId === undefined || !report.versions.some((v) => v.id === wantedId)) return null;
  const [version, findings, regions] = await Promise.all([
    db.reportVersion.findUniqueOrThrow({ where: { id: wantedId } }),
    db.finding.findMany({ where: { versionId: wantedId }, orderBy: { id: 'asc' } }),
    db.region.findMany({ where: { id: { in: [report.provinceId, report.cityId, report.countyId, report.townId].filter((id): id is number => id !== null) } } }),
  ]);
  // A null plain text is the source file itself (see ReportVersion.plainText in the schema).
  const plainText = version.plainText ?? decodeSourceText(await getSourceBytes(version.sourceSha256)) ?? '';
  const read = parseStoredRead(version.read, version, plainText);
  const order = [report.provinceId, report.cityId, report.countyId, report.townId];
  return {
    id: report.id,
    year: report.year,
    townId: report.townId,
    regionPath: order.flatMap((id) => regions.filter((r) => r.id === id).map((r) => ({ id: r.id, name: r.name }))),
    activeVersionId: report.activeVersionId,
    figures: pickFigures(report),
    version: {
      id: version.id,
      status: version.status,
      sourceName: version.sourceName,
      sourceKind: version.sourceKind,
      importedAt: version.importedAt,
      readerVersion: version.readerVersion,
      formatVersion: version.formatVersion,
      unitName: version.unitName,
      title: version.title,
      plainText,
      read,
    },
    versions: report.versions.map((v) => ({ ...v, status: String(v.status) })),
    // From the stored JSON itself, not the parsed `read`: a tree that fails the schema still has its numbers.
    cells: Object.fromEntries(listNumericCells(asValueTrees(version.read)).map((cell) => [cell.key, cell.value])),
    findings: findings.map(({ id, rule, severity, cells: keys, expected, actual, message }) => ({ id, rule, severity, cells: keys, expected, actual, message })),
  };
}

/** The nearest earlier and later report of the same town (years may be missing in between). */
export async function getNeighbourReports(townId: number, year: number): Promise<{ previous: NeighbourReport | null; next: NeighbourReport | null }> {
  const db = getPrisma();
  const select = {
    id: true, year: true, publications: true, received: true, granted: true, partiallyGranted: true, denied: true, unavailable: true,
    notProcessed: true, otherOutcome: true, penalties: true, licensing: true, reviews: true, lawsuits: true, findingCount: true,
  } as const satisfies Record<SummaryField | 'id' | 'year', true>;
  const [previous, next] = await Promise.all([
    db.report.findFirst({ where: { townId, year: { lt: year }, activeVersionId: { not: null } }, orderBy: { year: 'desc' }, select }),
    db.report.findFirst({ where: { townId, year: { gt: year }, activeVersionId: { not: null } }, orderBy: { year: 'asc' }, select }),
  ]);
  const toNeighbour = (row: typeof previous): NeighbourReport | null => (row ? { id: row.id, year: row.year, figures: pickFigures(row) } : null);
  return { previous: toNeighbour(previous), next: toNeighbour(next) };
}

export type StoredSource = { name: string; kind: string; sha256: string; size: number };

/** The original file of a version of the report (default: active): its name and size, not its bytes. */
export async function getReportSource(reportId: number, versionId?: number): Promise<StoredSource | null> {
  const version = await getPrisma().reportVersion.findFirst({
    where: versionId === undefined ? { activeFor: { id: reportId } } : { id: versionId, reportId },
    select: { sourceName: true, sourceKind: true, source: { select: { sha256: true, size: true } } },
  });
  return version ? { name: version.sourceName, kind: version.sourceKind, sha256: version.source.sha256, size: version.source.size } : null;
}

async function getSourceBytes(sha256: string): Promise<Uint8Array> {
  const source = await getPrisma().sourceFile.findUnique({ where: { sha256 }, select: { bytes: true } });
  return source?.bytes ?? new Uint8Array();
}

/** One slice of a source file (1-based offset as SQL substring wants it is handled here). */
export async function readSourceChunk(sha256: string, offset: number, length: number): Promise<Uint8Array> {
  const rows = await getPrisma().$queryRaw<{ chunk: Uint8Array }[]>`
    SELECT substring(bytes FROM ${offset + 1} FOR ${length}) AS chunk FROM "SourceFile" WHERE sha256 = ${sha256}`;
  return rows[0]?.chunk ?? new Uint8Array();
}
