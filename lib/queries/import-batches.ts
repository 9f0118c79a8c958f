// The import page's view of a batch: per-file status, counted in SQL.
import { getPrisma } from '../db/client.ts';
import type { BatchItemView, BatchView } from '../ingest/schemas.ts';

export async function getBatchView(batchId: number): Promise<BatchView | null> {
  const db = getPrisma();
  const batch = await db.importBatch.findUnique({ where: { id: batchId } });
  if (!batch) return null;
  const items = await db.importItem.findMany({
    where: { batchId },
    orderBy: { id: 'asc' },
    select: { id: true, fileName: true, size: true, status: true, startedAt: true, reason: true, reportId: true },
  });
  const counts: BatchView['counts'] = { pending: 0, imported: 0, alreadyImported: 0, replaced: 0, failed: 0 };
  const views: BatchItemView[] = items.map((item) => {
    counts[item.status]++;
    return { id: item.id, fileName: item.fileName, size: item.size, status: item.status, processing: item.status === 'pending' && item.startedAt !== null, reason: item.reason, reportId: item.reportId };
  });
  return { id: batch.id, status: batch.status, regionPath: batch.regionPath, createdAt: batch.createdAt.toISOString(), counts, items: views };
}
