// GET /api/export/report/<id>: the long extract (one row per cell) of one report.
import { respondWithReportExport } from '@/lib/export/export-response';

export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await context.params;
  return respondWithReportExport(request, id);
}
