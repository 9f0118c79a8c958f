import { getUserFromHeaders } from '@/lib/auth/current-user';
import { authorize } from '@/lib/auth/guard';
import type { CurrentUser } from '@/lib/auth/permissions';
export async function authorizeImport(request: Request): Promise<CurrentUser> {
  return authorize(await getUserFromHeaders(request.headers), 'import');
}
