// GET /api/import/batches/:id — per-file status of an upload batch (the page polls this).
import { AppError, toErrorResponse } from '@/lib/errors';
import { batchIdSchema } from '@/lib/ingest/schemas';
import { getBatchView } from '@/lib/queries/import-batches';
import { authorizeImport } from '@/app/api/import/authorize';
import { authorizeBatch } from '@/lib/auth/import-access';
import { getPrisma } from '@/lib/db/client';

export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const user = await authorizeImport(request);
    const parsedId = batchIdSchema.safeParse((await context.params).id);
    if (!parsedId.success) throw new AppError('bad_request', '批次编号无效');
    const batch = await getPrisma().importBatch.findUnique({ where: { id: parsedId.data }, select: { regionPath: true } });
    if (batch) await authorizeBatch(getPrisma(), user, batch);
    const view = await getBatchView(parsedId.data);
    if (!view) throw new AppError('not_found', '找不到该导入批次');
    return Response.json(view, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return toErrorResponse(error);
  }
}
