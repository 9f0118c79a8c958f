import { Suspense } from 'react';
import { CoverageWidget } from '@/components/dashboard/coverage-widget';
import { DashboardHeader } from '@/components/dashboard/dashboard-header';
import { EmptyState } from '@/components/dashboard/empty-state';
import { WidgetFallback } from '@/components/dashboard/widget-fallback';
import { requirePageReader } from '@/lib/auth/page-guard';
import { getDashboardContext } from '@/lib/queries/dashboard-context';
import { zhCNDashboard as m } from '@/lib/messages/zh-CN-dashboard';

export const dynamic = 'force-dynamic';

export default async function CoveragePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageReader('/coverage');
  const ctx = await getDashboardContext(await searchParams, user?.region ?? null);
  const range = ctx.range;
  return (
    <>
      <DashboardHeader ctx={ctx} title={m.titles.coverage} pathname="/coverage" fields={{ range: true }} subtitle={range ? `${range.from}–${range.to}` : undefined} />
      {range === null ? (
        <EmptyState />
      ) : (
        <Suspense key={`${ctx.scope?.id ?? 0}-${range.from}-${range.to}`} fallback={<WidgetFallback label={m.nav.coverage} />}>
          <CoverageWidget scope={ctx.scope} range={range} />
        </Suspense>
      )}
    </>
  );
}
