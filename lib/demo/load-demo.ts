// Demo data for a fresh database: the user's example report (承留镇, 济源市, 河南省, 2024),
// kept in prisma/demo. Loaded once, when the database has no reports, by `npm start`.
// TODO(issue 4): load it (and a generated county set) through the import pipeline.
import type { Db } from '../db/client.ts';
import type { RegionLevel } from '../db/generated/prisma/enums.ts';
import { logger } from '../logger.ts';

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

async function findOrCreateRegion(tx: Tx, parentId: number | null, level: RegionLevel, name: string, code?: string) {
  const found = await tx.region.findFirst({ where: { parentId, name } });
  return found ?? tx.region.create({ data: { parentId, level, name, code } });
}

export async function loadDemoDataIfEmpty(prisma: Db): Promise<boolean> {
  if ((await prisma.report.count()) > 0) return false;
  await prisma.$transaction(async (tx) => {
    const province = await findOrCreateRegion(tx, null, 'province', '河南省', '410000');
    const city = await findOrCreateRegion(tx, province.id, 'city', '济源市', '419001');
    const town = await findOrCreateRegion(tx, city.id, 'township', '承留镇');
    await tx.report.create({
      data: { regionId: town.id, unitName: '承留镇人民政府', year: 2024, formatVersion: '2021', sourceName: 'henan-jiyuan-chengliu-2024.txt' },
    });
  });
  logger.info('demo data loaded: 承留镇 2024');
  return true;
}
