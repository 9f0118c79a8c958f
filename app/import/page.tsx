import { ImportPanel } from '@/components/import/import-panel';
import { messages } from '@/lib/messages';
import { requirePageCapability } from '@/lib/auth/page-guard';

export const dynamic = 'force-dynamic';

export default async function ImportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageCapability('import', '/import');
  const batch = Number((await searchParams).batch);
  return (
    <>
      <h1>{messages.import.title}</h1>
      <p className="intro">{messages.import.intro}</p>
      <ImportPanel initialBatchId={Number.isInteger(batch) && batch > 0 ? batch : null} />
    </>
  );
}
