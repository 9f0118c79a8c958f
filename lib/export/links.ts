// Links to the CSV extracts for any view: the same filter object, the same URL parameters
// (toSearchParams), so that what a user downloads is what they are looking at.
import { toSearchParams, type DashboardFilter } from '../queries/filter.ts';
import type { ExportKind } from './columns.ts';

export function buildExportHref(kind: ExportKind, filter: Partial<DashboardFilter>): string {
  const query = toSearchParams(filter).toString();
  return `/api/export/${kind}${query ? `?${query}` : ''}`;
}
