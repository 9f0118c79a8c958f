// GET /api/export/wide?<dashboard filter>: see lib/export/columns.ts for the columns.
import { respondWithScopeExport } from '@/lib/export/export-response';

export async function GET(request: Request): Promise<Response> {
  return respondWithScopeExport(request, 'wide');
}
