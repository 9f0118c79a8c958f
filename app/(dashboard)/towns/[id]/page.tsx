import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { z } from 'zod';
import { TownFindingsWidget, TownProfileView } from '@/components/dashboard/town-profile-view';
import { WidgetFallback } from '@/components/dashboard/widget-fallback';
import { requirePageReader } from '@/lib/auth/page-guard';
import { getRegionScope } from '@/lib/queries/scope';
import { getTownProfile } from '@/lib/queries/town-profile';
import { zhCNDashboard as m } from '@/lib/messages/zh-CN-dashboard';

export const dynamic = 'force-dynamic';

const townIdSchema = z.coerce.number().int().positive();

export default async function TownPage({ params }: { params: Promise<{ id: string }> }) {
  const parsed = townIdSchema.safeParse((await params).id);
  if (!parsed.success) notFound();
  const user = await requirePageReader(`/towns/${parsed.data}`);
  // A town outside the account's region is answered like a missing one (ids may be guessed).
  const limit = user?.region ?? null;
  if (limit && !(await getRegionScope(parsed.data))?.path.some((region) => region.id === limit.id)) notFound();
  const town = await getTownProfile(parsed.data);
  if (!town) notFound();
  return (
    <>
      <TownProfileView town={town} />
      <Suspense fallback={<WidgetFallback label={m.town.findings} />}>
        <TownFindingsWidget townId={town.id} />
      </Suspense>
    </>
  );
}
