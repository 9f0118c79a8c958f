import { Suspense } from 'react';
import { DashboardHeader } from '@/components/dashboard/dashboard-header';
import { ExportLinks } from '@/components/dashboard/export-links';
import { QualityWidget } from '@/components/dashboard/quality-widget';
import { WidgetFallback } from '@/components/dashboard/widget-fallback';
import { requirePageReader } from '@/lib/auth/page-guard';
import { getDashboardContext } from '@/lib/queries/dashboard-context';
import { zhCNDashboard as m } from '@/lib/messages/zh-CN-dashboard';

export const dynamic = 'force-dynamic';

const RULES = ['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7'];

/** All findings of the scope; the year is optional here (no year = all years). */
export default async function QualityPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageReader('/quality');
  const ctx = await getDashboardContext(await searchParams, user?.region ?? null);
  return (
    <>
      <DashboardHeader ctx={ctx} title={m.titles.quality} pathname="/quality" fields={{ year: 'all', rule: true }} rules={RULES} subtitle={ctx.filter.year ? m.yearLabel(ctx.filter.year) : m.filters.allYears} />
      <Suspense key={JSON.stringify(ctx.filter)} fallback={<WidgetFallback label={m.nav.quality} />}>
        <QualityWidget scope={ctx.scope} filter={ctx.filter} />
      </Suspense>
      <ExportLinks filter={ctx.filter} kinds={['findings']} />
    </>
  );
}
