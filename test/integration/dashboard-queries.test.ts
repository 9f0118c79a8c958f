// Every dashboard aggregate on the known data set of dashboard-data.ts (numbers by hand).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrismaClient } from '../../lib/db/client.ts';
import { getTownComparison } from '../../lib/queries/comparison.ts';
import { getChildRegionSummary, getOverviewFigures } from '../../lib/queries/overview.ts';
import { getAvailableYears, getRegionChildren, getScopeTownOptions } from '../../lib/queries/region-tree.ts';
import { getRegionScope, type RegionScope } from '../../lib/queries/scope.ts';
import { insertDashboardData, type DashboardIds } from './dashboard-data.ts';
import { truncateAll } from './fixtures/insert-report.ts';

describe('dashboard aggregates: overview, regions, comparison', () => {
  const prisma = createPrismaClient(inject('databaseUrl'));
  let ids: DashboardIds;
  const scopes: Record<string, RegionScope> = {};
  beforeAll(async () => {
    process.env.DATABASE_URL = inject('databaseUrl');
    await truncateAll(prisma);
    ids = await insertDashboardData(prisma);
    for (const key of ['city', 'jia', 'jiyuan', 'dong'] as const) scopes[key] = await getRegionScope(ids[key]);
  });
  afterAll(() => prisma.$disconnect());

  it('overview of 承留镇 2024 (济源市) has the seed figures: 737 publications, 4 applications, 10 penalties', async () => {
    const o = await getOverviewFigures(scopes.jiyuan!, 2024);
    expect(o).toMatchObject({ townsExpected: 1, reportsLoaded: 1, publications: 737, received: 4, penalties: 10, granted: 1, unavailable: 2, other: 1, reviews: 1, findings: 0, synthetic: false });
  });

  it('overview of 甲县 2024 sums three of four expected towns', async () => {
    const o = await getOverviewFigures(scopes.jia!, 2024);
    expect(o).toEqual({
      townsExpected: 4, reportsLoaded: 3, publications: 220, publicationsReported: 3, received: 10, receivedReported: 3,
      granted: 6, partiallyGranted: 0, denied: 2, unavailable: 1, notProcessed: 1, other: 0,
      penalties: 38, penaltiesReported: 3, reviews: 2, lawsuits: 2, findings: 2, reportsWithFindings: 1, synthetic: true,
    });
  });

  it('overview of 测试市 2024 counts a report that states no penalties apart', async () => {
    const o = await getOverviewFigures(scopes.city!, 2024);
    expect(o).toMatchObject({ townsExpected: 5, reportsLoaded: 4, publications: 720, received: 11, penalties: 38, penaltiesReported: 3, findings: 3 });
    const empty = await getOverviewFigures(scopes.city!, 2022);
    expect(empty).toMatchObject({ townsExpected: 5, reportsLoaded: 0, publications: 0, penalties: 0 });
  });

  it('child summaries: counties of 测试市, provinces of the country', async () => {
    expect(await getChildRegionSummary(scopes.city!, 2024)).toEqual([
      { id: ids.jia, name: '甲县', level: 'county', synthetic: true, townsExpected: 4, reportsLoaded: 3, publications: 220, received: 10, penalties: 38, findings: 2 },
      { id: ids.yi, name: '乙县', level: 'county', synthetic: true, townsExpected: 1, reportsLoaded: 1, publications: 500, received: 1, penalties: 0, findings: 1 },
    ]);
    const national = await getChildRegionSummary(null, 2024);
    expect(national.map((c) => [c.name, c.townsExpected, c.reportsLoaded, c.publications])).toEqual([['测试省', 5, 4, 720], ['河南省', 1, 1, 737]]);
  });

  it('region children, years with data and the town picker', async () => {
    expect((await getRegionChildren(null)).map((r) => r.name)).toEqual(['测试省', '河南省']);
    expect((await getRegionChildren(scopes.jia!)).map((r) => r.name)).toEqual(['北镇', '东镇', '南镇', '西镇']);
    expect(await getAvailableYears(scopes.city!)).toEqual([2023, 2024]);
    expect(await getAvailableYears(scopes.jiyuan!)).toEqual([2024]);
    expect(await getAvailableYears(null)).toEqual([2023, 2024]);
    const picker = await getScopeTownOptions(scopes.city!);
    expect(picker.total).toBe(5);
    expect(picker.towns.map((t) => `${t.parentName}/${t.name}`)).toEqual(['甲县/北镇', '甲县/东镇', '甲县/南镇', '甲县/西镇', '乙县/中镇']);
  });

  it('compares publications across the towns of 甲县 2024 with average and median', async () => {
    const c = await getTownComparison({ scope: scopes.jia!, year: 2024, metric: 'publications', sort: 'value', dir: 'desc' });
    expect(c.rows.map((r) => [r.name, r.value, r.outlier])).toEqual([['东镇', 120, false], ['南镇', 60, false], ['北镇', 40, false]]);
    expect(c).toMatchObject({ total: 3, valued: 3, median: 60 });
    expect(c.average).toBeCloseTo(220 / 3, 6);
  });

  it('flags penalties more than three times the median as outliers, and leaves unstated values last', async () => {
    const c = await getTownComparison({ scope: scopes.city!, year: 2024, metric: 'penalties', sort: 'value', dir: 'desc' });
    expect(c.rows.map((r) => [r.name, r.value, r.outlier])).toEqual([['北镇', 30, true], ['南镇', 5, false], ['东镇', 3, false], ['中镇', null, false]]);
    expect(c).toMatchObject({ total: 4, valued: 3, median: 5 });
    expect(c.average).toBeCloseTo(38 / 3, 6);
  });

  it('stacks the six outcome groups; sorts by name in pinyin order and by a fixed column', async () => {
    const c = await getTownComparison({ scope: scopes.jia!, year: 2024, metric: 'outcomes', sort: 'name', dir: 'asc' });
    expect(c.rows.map((r) => [r.name, r.value, r.granted, r.denied, r.unavailable, r.notProcessed])).toEqual([
      ['北镇', 2, 2, 0, 0, 0], ['东镇', 8, 4, 2, 1, 1], ['南镇', 0, 0, 0, 0, 0],
    ]);
    expect(c.median).toBe(2);
    const byFindings = await getTownComparison({ scope: scopes.city!, year: 2024, metric: 'publications', sort: 'findings', dir: 'desc', limit: 2 });
    expect(byFindings.rows.map((r) => [r.name, r.findingCount])).toEqual([['北镇', 2], ['中镇', 1]]);
    expect(byFindings.total).toBe(4);
    const chosen = await getTownComparison({ scope: scopes.city!, year: 2024, metric: 'publications', sort: 'value', dir: 'asc', towns: [ids.dong, ids.bei] });
    expect(chosen.rows.map((r) => r.name)).toEqual(['北镇', '东镇']);
  });
});
