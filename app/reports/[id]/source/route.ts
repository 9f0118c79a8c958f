// GET /reports/<id>/source[?version=<id>]: the original file, as imported, as a download.
import { respondWithSource } from '@/lib/export/source-response';

export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await context.params;
  return respondWithSource(request, id);
}
