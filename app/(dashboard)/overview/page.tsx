import { Suspense } from 'react';
import { ChildRegionsWidget } from '@/components/dashboard/child-regions-widget';
import { DashboardHeader } from '@/components/dashboard/dashboard-header';
import { EmptyState } from '@/components/dashboard/empty-state';
import { OverviewWidget } from '@/components/dashboard/overview-widget';
import { WidgetFallback } from '@/components/dashboard/widget-fallback';
import { requirePageReader } from '@/lib/auth/page-guard';
import { getDashboardContext } from '@/lib/queries/dashboard-context';
import { zhCNDashboard as m } from '@/lib/messages/zh-CN-dashboard';

export const dynamic = 'force-dynamic';

export default async function OverviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageReader('/overview');
  const ctx = await getDashboardContext(await searchParams, user?.region ?? null);
  const year = ctx.year;
  const key = `${ctx.scope?.id ?? 0}-${year}`;
  return (
    <>
      <DashboardHeader ctx={ctx} title={`${ctx.scope?.name ?? m.scope.country} ${m.titles.overview}`} pathname="/overview" fields={{ year: true }} subtitle={year ? m.yearLabel(year) : undefined} />
      {year === null ? (
        <EmptyState />
      ) : (
        <>
          <Suspense key={`o-${key}`} fallback={<WidgetFallback label={m.titles.overview} />}>
            <OverviewWidget scope={ctx.scope} year={year} filter={ctx.filter} />
          </Suspense>
          <Suspense key={`c-${key}`} fallback={<WidgetFallback label={m.scope.children} />}>
            <ChildRegionsWidget scope={ctx.scope} year={year} />
          </Suspense>
        </>
      )}
    </>
  );
}
