import { authorizeRead, authorizeReportRead } from '../auth/guard.ts';
import type { ReadScope } from '../auth/read-scope.ts';
import { getPrisma } from '../db/client.ts';
import type { RegionScope } from '../queries/scope.ts';
export async function canViewReport(request: Request | null, reportId: number): Promise<boolean> {
  const report = await getPrisma().report.findUnique({ where: { id: reportId }, select: { provinceId: true, cityId: true, countyId: true, townId: true } });
  await authorizeReportRead(request, report);
  return true;
}
export async function readScopeForExport(request: Request | null, scope: RegionScope): Promise<ReadScope> {
  return (await authorizeRead(request, scope)).scope;
}
