// Accounts are created and changed by admins only (the CLI, /admin/users), never by public
// sign-up. Passwords are hashed with the library's own hasher and stored the way its
// email/password sign-in reads them (an "Account" row with providerId "credential").
import { randomUUID } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors.ts';
import { authMessages } from '../messages/zh-CN-auth.ts';
import { recordAudit, type AuditActor } from './audit.ts';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './auth-constants.ts';
import { ROLES, type Role } from './permissions.ts';

const invalid = authMessages.admin.invalid;

export const passwordSchema = z.string().min(MIN_PASSWORD_LENGTH, invalid.password).max(MAX_PASSWORD_LENGTH, invalid.password);

const regionIdSchema = z.number({ message: invalid.region }).int(invalid.region).positive(invalid.region).nullable();

export const newUserSchema = z.object({
  name: z.string().trim().min(1, invalid.name).max(100, invalid.name),
  email: z.string().trim().toLowerCase().pipe(z.email(invalid.email)),
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9_.]{2,40}$/, invalid.username)
    .optional(),
  password: passwordSchema,
  role: z.enum(ROLES).default('viewer'),
  regionId: regionIdSchema.default(null),
});

export type NewUser = z.input<typeof newUserSchema>;

export type UserRow = { id: string; name: string; email: string; username: string | null; role: Role; regionId: number | null; createdAt: Date };

const userColumns = { id: true, name: true, email: true, username: true, role: true, regionId: true, createdAt: true } as const;

export async function listUsers(db: Db): Promise<UserRow[]> {
  return db.user.findMany({ select: userColumns, orderBy: [{ role: 'desc' }, { createdAt: 'asc' }] });
}

async function assertRegionExists(db: Db, regionId: number | null): Promise<void> {
  if (regionId !== null && !(await db.region.findUnique({ where: { id: regionId }, select: { id: true } }))) {
    throw new AppError('bad_request', invalid.region);
  }
}

export async function createUser(db: Db, input: NewUser, actor: AuditActor): Promise<UserRow> {
  const data = newUserSchema.parse(input);
  await assertRegionExists(db, data.regionId);
  const taken = await db.user.findFirst({ where: { OR: [{ email: data.email }, ...(data.username ? [{ username: data.username }] : [])] }, select: { id: true } });
  if (taken) throw new AppError('conflict', invalid.taken);
  const hash = await hashPassword(data.password);
  const id = randomUUID();
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { id, name: data.name, email: data.email, username: data.username ?? null, displayUsername: data.username ?? null, role: data.role, regionId: data.regionId },
      select: userColumns,
    });
    await tx.account.create({ data: { id: randomUUID(), accountId: id, providerId: 'credential', userId: id, password: hash } });
    await recordAudit(tx, { actor, action: 'user.create', target: data.email, regionId: data.regionId, details: { role: data.role } });
    return user;
  });
}

/** Refuses changes that would leave no admin without a region limit (nobody could manage accounts). */
async function assertKeepsAnAdmin(db: Db, userId: string, next: { role: Role; regionId: number | null } | null): Promise<void> {
  if (next && next.role === 'admin' && next.regionId === null) return;
  const others = await db.user.count({ where: { role: 'admin', regionId: null, id: { not: userId } } });
  const self = await db.user.findUnique({ where: { id: userId }, select: { role: true, regionId: true } });
  if (self?.role === 'admin' && self.regionId === null && others === 0) throw new AppError('conflict', invalid.lastAdmin);
}

async function findUserOrThrow(db: Db, userId: string): Promise<UserRow> {
  const user = await db.user.findUnique({ where: { id: userId }, select: userColumns });
  if (!user) throw new AppError('not_found', invalid.notFound);
  return user;
}

export async function updateUserAccess(db: Db, userId: string, access: { role: Role; regionId: number | null }, actor: AuditActor): Promise<void> {
  const role = z.enum(ROLES).parse(access.role);
  const regionId = regionIdSchema.parse(access.regionId);
  const user = await findUserOrThrow(db, userId);
  await assertRegionExists(db, regionId);
  await assertKeepsAnAdmin(db, userId, { role, regionId });
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { role, regionId } });
    await recordAudit(tx, { actor, action: 'user.update', target: user.email, regionId, details: { from: { role: user.role, regionId: user.regionId }, to: { role, regionId } } });
  });
}

/** Sets a new password and signs the user out everywhere. */
export async function setUserPassword(db: Db, userId: string, password: string, actor: AuditActor): Promise<void> {
  const user = await findUserOrThrow(db, userId);
  const hash = await hashPassword(passwordSchema.parse(password));
  await db.$transaction(async (tx) => {
    const updated = await tx.account.updateMany({ where: { userId, providerId: 'credential' }, data: { password: hash } });
    if (updated.count === 0) await tx.account.create({ data: { id: randomUUID(), accountId: userId, providerId: 'credential', userId, password: hash } });
    await tx.session.deleteMany({ where: { userId } });
    await recordAudit(tx, { actor, action: 'user.password', target: user.email });
  });
}

export async function deleteUser(db: Db, userId: string, actor: AuditActor): Promise<void> {
  if (!('cli' in actor) && actor.id === userId) throw new AppError('conflict', authMessages.admin.remove.self);
  const user = await findUserOrThrow(db, userId);
  await assertKeepsAnAdmin(db, userId, null);
  await db.$transaction(async (tx) => {
    await tx.user.delete({ where: { id: userId } });
    await recordAudit(tx, { actor, action: 'user.delete', target: user.email, regionId: user.regionId });
  });
}

export async function findUserByLogin(db: Db, login: string): Promise<UserRow | null> {
  const value = login.trim().toLowerCase();
  return db.user.findFirst({ where: { OR: [{ email: value }, { username: value }] }, select: userColumns });
}
