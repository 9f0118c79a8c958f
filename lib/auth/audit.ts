// The audit log: who imported, replaced or deleted what, and when; also account changes.
// recordAudit takes the transaction the change runs in, so that the entry exists exactly
// when the change does (the import pipeline calls it inside its store transaction).
import type { Db } from '../db/client.ts';
import type { Prisma } from '../db/generated/prisma/client.ts';

export type AuditAction = 'import' | 'replace' | 'delete' | 'user.create' | 'user.update' | 'user.password' | 'user.delete';

/** Who did it: a signed-in user, or the command line (an operator at the server). */
export type AuditActor = { id: string; name: string } | { cli: true; name?: string };

export type AuditEntry = {
  actor: AuditActor;
  action: AuditAction;
  /** What was changed, readable on its own: "承留镇 2024（henan-2024.txt）", "user wang@example.cn". */
  target: string;
  regionId?: number | null;
  details?: Prisma.InputJsonValue;
};

type AuditWriter = Pick<Prisma.TransactionClient, 'auditLog'>;

export function actorName(actor: AuditActor): string {
  return 'cli' in actor ? `命令行${actor.name ? `（${actor.name}）` : ''}` : actor.name;
}

export async function recordAudit(tx: AuditWriter, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      userId: 'cli' in entry.actor ? null : entry.actor.id,
      actorName: actorName(entry.actor),
      action: entry.action,
      target: entry.target,
      regionId: entry.regionId ?? null,
      ...(entry.details === undefined ? {} : { details: entry.details }),
    },
  });
}

export type AuditRow = { id: number; createdAt: Date; actorName: string; action: string; target: string; regionId: number | null; regionName: string | null };

/** The newest entries first, with the region's name where one was recorded. */
export async function listAudit(db: Db, limit = 200): Promise<AuditRow[]> {
  const rows = await db.auditLog.findMany({ orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: limit });
  const regionIds = [...new Set(rows.map((row) => row.regionId).filter((id): id is number => id !== null))];
  const regions = regionIds.length ? await db.region.findMany({ where: { id: { in: regionIds } }, select: { id: true, name: true } }) : [];
  const names = new Map(regions.map((region) => [region.id, region.name]));
  return rows.map(({ id, createdAt, actorName: name, action, target, regionId }) => ({
    id,
    createdAt,
    actorName: name,
    action,
    target,
    regionId,
    regionName: regionId === null ? null : (names.get(regionId) ?? null),
  }));
}
