// Trends, town profile, coverage and findings on the data set of dashboard-data.ts.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrismaClient } from '../../lib/db/client.ts';
import { getCoverageGrid, getCoverageSummary } from '../../lib/queries/coverage.ts';
import { getDashboardContext } from '../../lib/queries/dashboard-context.ts';
import { getFindingRuleCounts, listFindings } from '../../lib/queries/findings.ts';
import { getRegionScope, type RegionScope } from '../../lib/queries/scope.ts';
import { getTownProfile } from '../../lib/queries/town-profile.ts';
import { getRegionTrend, getTownTrends } from '../../lib/queries/trends.ts';
import { insertDashboardData, type DashboardIds } from './dashboard-data.ts';
import { truncateAll } from './fixtures/insert-report.ts';

describe('dashboard aggregates: trends, town profile, coverage, findings', () => {
  const prisma = createPrismaClient(inject('databaseUrl'));
  let ids: DashboardIds;
  let city: RegionScope;
  let jia: RegionScope;
  beforeAll(async () => {
    process.env.DATABASE_URL = inject('databaseUrl');
    await truncateAll(prisma);
    ids = await insertDashboardData(prisma);
    city = await getRegionScope(ids.city);
    jia = await getRegionScope(ids.jia);
  });
  afterAll(() => prisma.$disconnect());

  it('sums the region per year, counting 2019-format reports', async () => {
    const trend = await getRegionTrend(jia, { from: 2020, to: 2024 });
    expect(trend.map((p) => [p.year, p.reports, p.publications, p.received, p.granted, p.penalties, p.findings, p.format2019])).toEqual([
      [2023, 1, 100, 10, 5, 2, 1, 0],
      [2024, 3, 220, 10, 6, 38, 2, 1],
    ]);
    expect(await getRegionTrend(jia, { from: 2024, to: 2024 })).toHaveLength(1);
    const chosen = await getRegionTrend(city, { from: 2023, to: 2024 }, [ids.dong, ids.bei]);
    expect(chosen.map((p) => [p.year, p.reports, p.publications, p.denied, p.penalties])).toEqual([[2023, 1, 100, 1, 2], [2024, 2, 160, 2, 33]]);
  });

  it('follows chosen towns year by year, only inside the scope', async () => {
    const points = await getTownTrends(city, [ids.dong, ids.bei, ids.chengliu], { from: 2023, to: 2024 });
    expect(points.map((p) => [p.name, p.year, p.publications, p.penalties])).toEqual([
      ['北镇', 2024, 40, 30], ['东镇', 2023, 100, 2], ['东镇', 2024, 120, 3],
    ]);
    expect(await getTownTrends(city, [], { from: 2023, to: 2024 })).toEqual([]);
  });

  it('profiles a town: its ancestors and its reports by year', async () => {
    const profile = await getTownProfile(ids.dong);
    expect(profile?.name).toBe('东镇');
    expect(profile?.path.map((p) => p.name)).toEqual(['测试省', '测试市', '甲县']);
    expect(profile?.reports.map((r) => [r.year, r.publications, r.penalties, r.findingCount, r.unitName])).toEqual([
      [2023, 100, 2, 1, '东镇人民政府'], [2024, 120, 3, 0, '东镇人民政府'],
    ]);
    const seed = await getTownProfile(ids.chengliu);
    expect(seed?.path.map((p) => p.name)).toEqual(['河南省', '济源市']);
    expect(seed?.reports).toMatchObject([{ year: 2024, publications: 737, received: 4, penalties: 10 }]);
    expect(await getTownProfile(ids.jia)).toBeNull();
  });

  it('lays out coverage: towns × years, loaded, missing and with findings', async () => {
    const grid = await getCoverageGrid(jia, { from: 2023, to: 2024 });
    expect(grid.total).toBe(4);
    expect(grid.towns.map((t) => [t.name, t.reports.map((r) => `${r.year}:${r.findingCount}`)])).toEqual([
      ['北镇', ['2024:2']], ['东镇', ['2023:1', '2024:0']], ['南镇', ['2024:0']], ['西镇', []],
    ]);
    const capped = await getCoverageGrid(city, { from: 2023, to: 2024 }, 2);
    expect([capped.total, capped.towns.length]).toEqual([5, 2]);
    expect(await getCoverageSummary(jia, { from: 2022, to: 2024 })).toEqual([
      { year: 2022, expected: 4, loaded: 0, withFindings: 0 },
      { year: 2023, expected: 4, loaded: 1, withFindings: 1 },
      { year: 2024, expected: 4, loaded: 3, withFindings: 1 },
    ]);
  });

  it('lists findings newest first, by town and rule, filterable by rule, year and town', async () => {
    const all = await listFindings({ scope: city });
    expect(all.total).toBe(4);
    expect(all.rows.map((f) => [f.year, f.townName, f.rule])).toEqual([[2024, '北镇', 'R2'], [2024, '北镇', 'R3'], [2024, '中镇', 'R1'], [2023, '东镇', 'R1']]);
    expect(all.rows[3]).toMatchObject({ cells: ['applications.received.total', 'applications.carriedForward.total'], expected: '10', actual: '9', parentName: '甲县' });
    expect((await listFindings({ scope: city, rule: 'R1' })).rows.map((f) => f.townName)).toEqual(['中镇', '东镇']);
    expect((await listFindings({ scope: city, year: 2023 })).total).toBe(1);
    expect((await listFindings({ scope: null, townId: ids.bei })).total).toBe(2);
    expect((await listFindings({ scope: await getRegionScope(ids.jiyuan) })).total).toBe(0);
    expect(await getFindingRuleCounts({ scope: city })).toEqual([
      { rule: 'R1', findings: 2, reports: 2 }, { rule: 'R2', findings: 1, reports: 1 }, { rule: 'R3', findings: 1, reports: 1 },
    ]);
  });

  it('resolves the URL filter: latest year by default, errors reported, unknown regions named', async () => {
    const ctx = await getDashboardContext({ region: String(ids.city) });
    expect([ctx.scope?.name, ctx.year, ctx.range, ctx.errors]).toEqual(['测试市', 2024, { from: 2023, to: 2024 }, null]);
    expect(ctx.children.map((c) => c.name)).toEqual(['甲县', '乙县']);
    const bad = await getDashboardContext({ year: 'abc', metric: 'x' });
    expect(Object.keys(bad.errors ?? {}).sort()).toEqual(['metric', 'year']);
    const missing = await getDashboardContext({ region: '999999' });
    expect(missing.errors).toEqual({ region: '找不到这个地区' });
  });
});
