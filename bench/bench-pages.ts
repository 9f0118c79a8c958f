// The query functions each dashboard page calls, with the arguments the page would pass, for
// one scope. Used by bench/queries.ts after DATABASE_URL points at the benchmark database.
import { getPrisma } from '../lib/db/client.ts';
import { getTownComparison } from '../lib/queries/comparison.ts';
import { getCoverageGrid, getCoverageSummary } from '../lib/queries/coverage.ts';
import { getFindingRuleCounts, listFindings } from '../lib/queries/findings.ts';
import { getChildRegionSummary, getOverviewFigures } from '../lib/queries/overview.ts';
import { getAvailableYears, getRegionChildren, getScopeTownOptions } from '../lib/queries/region-tree.ts';
import { getRegionScope, type RegionScope } from '../lib/queries/scope.ts';
import { getTownProfile } from '../lib/queries/town-profile.ts';
import { getRegionTrend, getTownTrends } from '../lib/queries/trends.ts';

export type BenchScope = { label: string; scope: RegionScope; towns: number[] };

const YEAR = 2024;
const RANGE = { from: 2019, to: 2024 };

/** The first county, city and province (all generated alike), and the whole country. */
export async function pickScopes(): Promise<BenchScope[]> {
  const db = getPrisma();
  const out: BenchScope[] = [];
  for (const level of ['county', 'city', 'province'] as const) {
    const region = await db.region.findFirstOrThrow({ where: { level }, orderBy: { id: 'asc' } });
    out.push({ label: level, scope: await getRegionScope(region.id), towns: [] });
  }
  out.push({ label: 'country', scope: null, towns: [] });
  const towns = await db.region.findMany({ where: { level: 'township' }, orderBy: { id: 'asc' }, take: 5, select: { id: true } });
  for (const s of out) s.towns = towns.map((t) => t.id);
  return out;
}

export function pageQueries({ scope, towns }: BenchScope): [string, string, () => Promise<unknown>][] {
  const town = towns[0]!;
  return [
    ['all', 'getRegionScope', () => getRegionScope(scope?.id)],
    ['all', 'getRegionChildren', () => getRegionChildren(scope)],
    ['all', 'getAvailableYears', () => getAvailableYears(scope)],
    ['overview', 'getOverviewFigures', () => getOverviewFigures(scope, YEAR)],
    ['overview', 'getChildRegionSummary', () => getChildRegionSummary(scope, YEAR)],
    ['compare', 'getTownComparison publications', () => getTownComparison({ scope, year: YEAR, metric: 'publications', sort: 'value', dir: 'desc' })],
    ['compare', 'getTownComparison outcomes/name', () => getTownComparison({ scope, year: YEAR, metric: 'outcomes', sort: 'name', dir: 'asc' })],
    ['compare', 'getTownComparison penalties', () => getTownComparison({ scope, year: YEAR, metric: 'penalties', sort: 'value', dir: 'desc' })],
    ['trends', 'getScopeTownOptions', () => getScopeTownOptions(scope, 60)],
    ['trends', 'getRegionTrend', () => getRegionTrend(scope, RANGE)],
    ['trends', 'getTownTrends (5 towns)', () => getTownTrends(scope, towns, RANGE)],
    ['coverage', 'getCoverageSummary', () => getCoverageSummary(scope, RANGE)],
    ['coverage', 'getCoverageGrid', () => getCoverageGrid(scope, RANGE)],
    ['quality', 'getFindingRuleCounts', () => getFindingRuleCounts({ scope })],
    ['quality', 'listFindings', () => listFindings({ scope })],
    ['town', 'getTownProfile', () => getTownProfile(town)],
    ['town', 'listFindings (town)', () => listFindings({ scope: null, townId: town })],
  ];
}

export async function disconnect(): Promise<void> {
  await getPrisma().$disconnect();
}
