// POST /api/import/batches — open an upload batch ({ regionPath?: "河南省/济源市", createTowns?: boolean }).
import { getPrisma } from '@/lib/db/client';
import { AppError, toErrorResponse } from '@/lib/errors';
import { UnknownRegionError } from '@/lib/ingest/import-batch';
import { createUploadBatch } from '@/lib/ingest/import-queue';
import { createBatchSchema } from '@/lib/ingest/schemas';
import { authorizeImport } from '@/app/api/import/authorize';
import { authorizeImportTarget } from '@/lib/auth/import-access';

export async function POST(request: Request): Promise<Response> {
  try {
    const user = await authorizeImport(request);
    const body: unknown = await request.json().catch(() => {
      throw new AppError('bad_request', '请求内容不是有效的 JSON');
    });
    const parsed = createBatchSchema.safeParse(body);
    if (!parsed.success) throw new AppError('bad_request', parsed.error.issues[0]?.message ?? '请求参数无效');
    const regionPath = await authorizeImportTarget(getPrisma(), user, parsed.data.regionPath);
    const batch = await createUploadBatch(getPrisma(), { ...parsed.data, regionPath, createdBy: user.email });
    return Response.json({ batchId: batch.id }, { status: 201 });
  } catch (error) {
    if (error instanceof UnknownRegionError) return toErrorResponse(new AppError('bad_request', error.message));
    return toErrorResponse(error);
  }
}
