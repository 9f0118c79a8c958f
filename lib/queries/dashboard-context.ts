// What every dashboard page needs first: the validated filter from the URL, the region scope
// it names, the years with data in that scope and the year to show (the latest by default).
import { parseDashboardFilter, type DashboardFilter, type SearchParamsInput } from './filter.ts';
import { getAvailableYears, getRegionChildren, type RegionOption } from './region-tree.ts';
import { getRegionScope, type RegionScope } from './scope.ts';

export type DashboardContext = {
  filter: DashboardFilter;
  /** Messages for invalid parameters (the page says so instead of silently ignoring them). */
  errors: Record<string, string> | null;
  scope: RegionScope;
  children: RegionOption[];
  years: number[];
  /** The single year to show: the filter's, else the latest year with data; null when no data. */
  year: number | null;
  /** The year range for multi-year views: the filter's from/to, else all years with data. */
  range: { from: number; to: number } | null;
};

const DEFAULT_FILTER: DashboardFilter = { metric: 'publications', sort: 'value', dir: 'desc' };

/**
 * `limit`: the region the signed-in account is limited to (null: whole country). A request
 * for a region outside it shows the account's own region with a message — never the other
 * region's data, also when ids are edited in the URL.
 */
export async function getDashboardContext(searchParams: SearchParamsInput, limit: RegionScope = null): Promise<DashboardContext> {
  const parsed = parseDashboardFilter(searchParams);
  const filter = parsed.ok ? parsed.filter : DEFAULT_FILTER;
  const requested = await getRegionScope(filter.region);
  const outside = limit !== null && requested !== null && !requested.path.some((region) => region.id === limit.id);
  const scope = limit && (!requested || outside) ? limit : requested;
  const [children, years] = await Promise.all([getRegionChildren(scope), getAvailableYears(scope)]);
  const latest = years.at(-1) ?? null;
  const year = filter.year ?? latest;
  const from = filter.from ?? years[0];
  const to = filter.to ?? latest ?? undefined;
  const range = from !== undefined && to !== undefined ? { from: Math.min(from, to), to: Math.max(from, to) } : null;
  const errors = parsed.ok
    ? outside
      ? { region: '您的账号无权查看该地区，已显示您的地区范围' }
      : filter.region !== undefined && !requested
        ? { region: '找不到这个地区' }
        : null
    : parsed.errors;
  return { filter, errors, scope, children, years, year, range };
}
