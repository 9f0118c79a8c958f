// Who may import. TODO(issue 7): replace with the authorisation layer (canImport) once
// accounts exist; until then imports are accepted only from this machine, as issue 4 asks.
import { AppError } from '@/lib/errors';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Returns the acting user's name for the batch record; throws AppError when not allowed. */
export async function authorizeImport(request: Request): Promise<string> {
  const host = new URL(request.url).hostname;
  if (!LOCAL_HOSTS.has(host)) throw new AppError('forbidden', '导入功能目前仅限本机使用');
  return 'local';
}
