import { afterAll, describe, expect, inject, it } from 'vitest';
import { createPrismaClient } from '../../lib/db/client.ts';
import { loadDemoDataIfEmpty } from '../../lib/demo/load-demo.ts';

describe('database round trip through Prisma', () => {
  const prisma = createPrismaClient(inject('databaseUrl'));
  afterAll(() => prisma.$disconnect());

  it('stores a region tree and a report, and reads them back', async () => {
    const province = await prisma.region.create({ data: { level: 'province', name: '测试省', synthetic: true } });
    const town = await prisma.region.create({ data: { level: 'township', name: '测试镇', parentId: province.id, synthetic: true } });
    const report = await prisma.report.create({
      data: { regionId: town.id, unitName: '测试镇人民政府', year: 2023, formatVersion: '2021', sourceName: 'a.txt' },
    });
    const read = await prisma.report.findUniqueOrThrow({ where: { id: report.id }, include: { region: { include: { parent: true } } } });
    expect(read.unitName).toBe('测试镇人民政府');
    expect(read.region.parent?.name).toBe('测试省');
    // One report per town and year: a second one is refused by the database.
    await expect(
      prisma.report.create({ data: { regionId: town.id, unitName: 'x', year: 2023, formatVersion: '2021', sourceName: 'b.txt' } }),
    ).rejects.toThrow();
    await prisma.report.deleteMany({ where: { regionId: town.id } });
    await prisma.region.deleteMany({ where: { id: { in: [town.id, province.id] } } });
  });

  it('loads the demo report once (承留镇 2024)', async () => {
    expect(await loadDemoDataIfEmpty(prisma)).toBe(true);
    expect(await loadDemoDataIfEmpty(prisma)).toBe(false);
    const reports = await prisma.report.findMany({ include: { region: true } });
    expect(reports.map((r) => [r.region.name, r.year])).toEqual([['承留镇', 2024]]);
  });
});
