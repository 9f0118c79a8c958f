// Where an import may go. A batch names a target region ("河南省/济源市"); the pipeline
// then only matches towns inside it (lib/ingest/match-town.ts), so checking the target is
// checking every file. A limited editor who names no target imports into their own subtree.
import type { Db } from '../db/client.ts';
import { authorize } from './guard.ts';
import type { CurrentUser } from './permissions.ts';
import { findRegionByPath } from './region-path.ts';

/**
 * The region path the batch must use: the requested one when the user may import there
 * (403 otherwise), the user's own region when none was requested. An unknown path is
 * returned unchanged for the pipeline to reject with its own message.
 */
export async function authorizeImportTarget(db: Db, user: CurrentUser, regionPath: readonly string[] | undefined): Promise<string[] | undefined> {
  if (!regionPath?.length) {
    authorize(user, 'import');
    return user.region ? user.region.path.map((region) => region.name) : undefined;
  }
  const region = await findRegionByPath(db, regionPath);
  if (region) authorize(user, 'import', region);
  else authorize(user, 'import');
  return [...regionPath];
}

/** Later calls on an existing batch (adding files, reading its status): allowed where its target is. */
export async function authorizeBatch(db: Db, user: CurrentUser, batch: { regionPath: string | null }): Promise<void> {
  const names = batch.regionPath ? batch.regionPath.split('/').filter(Boolean) : [];
  const region = names.length ? await findRegionByPath(db, names) : null;
  authorize(user, 'import', region);
}
