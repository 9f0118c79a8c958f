// Region catalogue files (`regions.csv`): one township per line with its ancestors,
// `code,province,city,county,township,synthetic`. County may be empty where a city governs
// towns directly (济源市). Loading is idempotent: existing regions are reused by name.
import type { Db } from '../db/client.ts';
import type { RegionLevel } from '../db/generated/prisma/enums.ts';
import { RegionIndex, type RegionNode } from './region-index.ts';

export type CatalogRow = { code: string | null; province: string; city: string; county: string | null; township: string; synthetic: boolean };

function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        current += '"';
        i++;
      } else if (char === '"') quoted = false;
      else current += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      cells.push(current);
      current = '';
    } else current += char;
  }
  cells.push(current);
  return cells.map((cell) => cell.trim());
}

export function parseRegionCatalog(text: string, fileName = 'regions.csv'): CatalogRow[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line.trim() !== '');
  const header = parseCsvLine(lines[0] ?? '');
  const column = (name: string) => header.indexOf(name);
  for (const required of ['province', 'city', 'township']) {
    if (column(required) < 0) throw new Error(`${fileName}: missing column "${required}" (expected code,province,city,county,township,synthetic)`);
  }
  return lines.slice(1).map((line, i) => {
    const cells = parseCsvLine(line);
    const get = (name: string) => (column(name) >= 0 ? (cells[column(name)] ?? '') : '');
    const row = { code: get('code') || null, province: get('province'), city: get('city'), county: get('county') || null, township: get('township'), synthetic: get('synthetic') === 'true' };
    if (!row.province || !row.city || !row.township) throw new Error(`${fileName}, line ${i + 2}: province, city and township are required`);
    return row;
  });
}

/** Creates the catalogue's missing regions; returns how many were new. */
export async function loadRegionCatalog(db: Db, rows: CatalogRow[]): Promise<number> {
  const index = await RegionIndex.load(db);
  let created = 0;
  type Client = Pick<Db, 'region'>;
  const ensure = async (client: Client, parent: RegionNode | null, level: RegionLevel, name: string, synthetic: boolean, code: string | null = null) => {
    const found = index.child(parent?.id ?? null, name);
    if (found) return found;
    const row = await client.region.create({ data: { parentId: parent?.id ?? null, level, name, synthetic, code } });
    const node: RegionNode = { id: row.id, parentId: row.parentId, level: row.level, name: row.name, synthetic: row.synthetic };
    index.add(node);
    created++;
    return node;
  };
  // All or nothing: a catalogue with a bad line further down adds no regions at all.
  await db.$transaction(
    async (tx) => {
      for (const row of rows) {
        const province = await ensure(tx, null, 'province', row.province, row.synthetic);
        const city = await ensure(tx, province, 'city', row.city, row.synthetic);
        const parent = row.county ? await ensure(tx, city, 'county', row.county, row.synthetic) : city;
        await ensure(tx, parent, 'township', row.township, row.synthetic, row.code);
      }
    },
    { timeout: 600_000 },
  );
  return created;
}
