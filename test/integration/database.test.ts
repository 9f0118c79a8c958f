import { listNumericCells, type ValueTrees } from '../../lib/report/cells.ts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrismaClient } from '../../lib/db/client.ts';
import { insertTestReport, truncateAll } from './fixtures/insert-report.ts';

describe('database round trip through Prisma', () => {
  const prisma = createPrismaClient(inject('databaseUrl'));
  beforeAll(() => truncateAll(prisma));
  afterAll(() => prisma.$disconnect());

  it('stores a region tree, a report with its version, cells and findings, and reads them back', async () => {
    const { reportId } = await insertTestReport(prisma, {
      regionPath: ['测试省', '测试市', '测试县', '甲镇'],
      year: 2023,
      figures: { publications: 120, penalties: 3 },
      cells: { 'publications.total': 120, 'article20.penalty.decisions': 3 },
      findings: [{ rule: 'R1', cells: ['applications.received.total'], message: '测试' }],
    });
    const read = await prisma.report.findUniqueOrThrow({
      where: { id: reportId },
      include: { town: { include: { parent: true } }, unit: true, activeVersion: { include: { findings: true } } },
    });
    expect(read.unit.name).toBe('甲镇人民政府');
    expect(read.town.parent?.name).toBe('测试县');
    expect(read.publications).toBe(120);
    expect(listNumericCells(read.activeVersion!.read as ValueTrees)).toEqual([
      { key: 'publications.total', value: 120 },
      { key: 'article20.penalty.decisions', value: 3 },
    ]);
    expect(read.activeVersion?.findings.map((f) => f.rule)).toEqual(['R1']);
  });

  it('refuses a second report row for the same town and year', async () => {
    const town = await prisma.region.findFirstOrThrow({ where: { name: '甲镇' } });
    const unit = await prisma.unit.findFirstOrThrow({ where: { regionId: town.id } });
    await expect(prisma.report.create({ data: { townId: town.id, unitId: unit.id, year: 2023, formatVersion: '2021' } })).rejects.toThrow();
  });
});
