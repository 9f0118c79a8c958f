// Read-side queries for report lists. One typed query per function; the shape returned is
// what the page renders, nothing more.
import { getPrisma } from '../db/client.ts';

export type ReportListItem = {
  id: number;
  regionPath: string[];
  unitName: string;
  year: number;
  formatVersion: string;
  sourceName: string;
  importedAt: Date;
};

export async function listReports(limit = 200): Promise<ReportListItem[]> {
  const rows = await getPrisma().report.findMany({
    orderBy: [{ year: 'desc' }, { unitName: 'asc' }],
    take: limit,
    include: { region: { include: { parent: { include: { parent: { include: { parent: true } } } } } } },
  });
  return rows.map((row) => {
    const path: string[] = [];
    for (let region: { name: string; parent?: unknown } | null | undefined = row.region; region; region = region.parent as typeof region) {
      path.unshift(region.name);
    }
    return { id: row.id, regionPath: path, unitName: row.unitName, year: row.year, formatVersion: row.formatVersion, sourceName: row.sourceName, importedAt: row.importedAt };
  });
}
