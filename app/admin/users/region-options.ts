// The regions an account can be limited to (provinces, cities, counties; towns are too many
// for a list and too small for an office), labelled with their full path.
import type { Db } from '@/lib/db/client';

export type RegionOption = { id: number; label: string };

export async function listRegionOptions(db: Db): Promise<RegionOption[]> {
  return db.$queryRaw<RegionOption[]>`
    WITH RECURSIVE tree AS (
      SELECT id, name::text AS label, level FROM "Region" WHERE "parentId" IS NULL
      UNION ALL
      SELECT c.id, t.label || ' / ' || c.name, c.level FROM "Region" c JOIN tree t ON c."parentId" = t.id WHERE c.level <> 'township'
    )
    SELECT id, label FROM tree WHERE level <> 'township' ORDER BY label`;
}
