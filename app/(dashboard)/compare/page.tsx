import { Suspense } from 'react';
import { ComparisonWidget } from '@/components/dashboard/comparison-widget';
import { DashboardHeader } from '@/components/dashboard/dashboard-header';
import { EmptyState } from '@/components/dashboard/empty-state';
import { ExportLinks } from '@/components/dashboard/export-links';
import { WidgetFallback } from '@/components/dashboard/widget-fallback';
import { requirePageReader } from '@/lib/auth/page-guard';
import { getDashboardContext } from '@/lib/queries/dashboard-context';
import { zhCNDashboard as m } from '@/lib/messages/zh-CN-dashboard';

export const dynamic = 'force-dynamic';

export default async function ComparePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageReader('/compare');
  const ctx = await getDashboardContext(await searchParams, user?.region ?? null);
  const year = ctx.year;
  return (
    <>
      <DashboardHeader ctx={ctx} title={m.titles.compare} pathname="/compare" fields={{ year: true, metric: true }} subtitle={year ? m.yearLabel(year) : undefined} />
      {year === null ? (
        <EmptyState />
      ) : (
        <>
          <Suspense key={JSON.stringify(ctx.filter)} fallback={<WidgetFallback label={m.metrics[ctx.filter.metric]} />}>
            <ComparisonWidget scope={ctx.scope} year={year} filter={ctx.filter} />
          </Suspense>
          <ExportLinks filter={{ ...ctx.filter, year }} />
        </>
      )}
    </>
  );
}
