import { Suspense } from 'react';
import { DashboardHeader } from '@/components/dashboard/dashboard-header';
import { EmptyState } from '@/components/dashboard/empty-state';
import { ExportLinks } from '@/components/dashboard/export-links';
import { TrendsWidget } from '@/components/dashboard/trends-widget';
import { WidgetFallback } from '@/components/dashboard/widget-fallback';
import { requirePageReader } from '@/lib/auth/page-guard';
import { getDashboardContext } from '@/lib/queries/dashboard-context';
import { getScopeTownOptions } from '@/lib/queries/region-tree';
import { zhCNDashboard as m } from '@/lib/messages/zh-CN-dashboard';

export const dynamic = 'force-dynamic';

const TOWN_PICKER_LIMIT = 60;

export default async function TrendsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageReader('/trends');
  const ctx = await getDashboardContext(await searchParams, user?.region ?? null);
  const picker = await getScopeTownOptions(ctx.scope, TOWN_PICKER_LIMIT);
  const range = ctx.range;
  return (
    <>
      <DashboardHeader
        ctx={ctx}
        title={m.titles.trends}
        pathname="/trends"
        fields={{ range: true, metric: true, towns: true }}
        towns={picker.towns}
        subtitle={range ? `${range.from}–${range.to}` : undefined}
      />
      {picker.total > picker.towns.length ? <p className="hint">{m.filters.townsTooMany(picker.total, picker.towns.length)}</p> : null}
      {range === null ? (
        <EmptyState />
      ) : (
        <>
          {!ctx.filter.towns?.length ? <p className="hint">{m.empty.pickTowns}</p> : null}
          <Suspense key={JSON.stringify(ctx.filter)} fallback={<WidgetFallback label={m.titles.trends} />}>
            <TrendsWidget scope={ctx.scope} range={range} metric={ctx.filter.metric} towns={ctx.filter.towns} />
          </Suspense>
          <ExportLinks filter={{ ...ctx.filter, from: range.from, to: range.to }} />
        </>
      )}
    </>
  );
}
