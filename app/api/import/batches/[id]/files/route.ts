// POST /api/import/batches/:id/files — multipart upload of up to 20 files; each is staged
// for the background worker and the request returns at once.
import { getPrisma } from '@/lib/db/client';
import { AppError, toErrorResponse } from '@/lib/errors';
import { MAX_FILE_BYTES } from '@/lib/ingest/import-file';
import { stageFiles } from '@/lib/ingest/import-queue';
import { MAX_FILES_PER_REQUEST, batchIdSchema } from '@/lib/ingest/schemas';
import { authorizeImport } from '@/app/api/import/authorize';
import { authorizeBatch } from '@/lib/auth/import-access';

export async function POST(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const user = await authorizeImport(request);
    const parsedId = batchIdSchema.safeParse((await context.params).id);
    if (!parsedId.success) throw new AppError('bad_request', '批次编号无效');
    const db = getPrisma();
    const batch = await db.importBatch.findUnique({ where: { id: parsedId.data }, select: { regionPath: true } });
    if (!batch) throw new AppError('not_found', '找不到该导入批次');
    await authorizeBatch(db, user, batch);
    const form = await request.formData().catch(() => {
      throw new AppError('bad_request', '请以 multipart/form-data 上传文件');
    });
    const files = form.getAll('files').filter((entry): entry is File => typeof entry !== 'string');
    if (files.length === 0) throw new AppError('bad_request', '没有收到文件');
    if (files.length > MAX_FILES_PER_REQUEST) throw new AppError('bad_request', `每次最多上传 ${MAX_FILES_PER_REQUEST} 个文件`);
    const tooLarge = files.find((file) => file.size > MAX_FILE_BYTES);
    if (tooLarge) throw new AppError('payload_too_large', `${tooLarge.name}：文件超过 ${MAX_FILE_BYTES / 1048576} MB 上限`);
    const staged = await Promise.all(files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
    const itemIds = await stageFiles(db, parsedId.data, staged);
    return Response.json({ itemIds }, { status: 202 });
  } catch (error) {
    return toErrorResponse(error);
  }
}
