'use server';
// Account management. Every action checks the caller first (requireCapability) and reports
// refusals and invalid input as a value ({ error: { code, message } }) for useActionState.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireCapability, toActionError, type ActionError } from '@/lib/auth/guard';
import { createUser, deleteUser, setUserPassword, updateUserAccess } from '@/lib/auth/manage-users';
import { ROLES } from '@/lib/auth/permissions';
import { getPrisma } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { authMessages } from '@/lib/messages/zh-CN-auth';

export type ActionState = { ok: string } | ActionError | null;

const t = authMessages.admin;

function field(form: FormData | undefined, name: string): string {
  const value = form instanceof FormData ? form.get(name) : null;
  return typeof value === 'string' ? value : '';
}

function regionField(form: FormData | undefined): number | null {
  const raw = field(form, 'regionId');
  return raw === '' ? null : Number(raw);
}

function userIdField(form: FormData | undefined): string {
  const id = field(form, 'userId');
  if (!id) throw new AppError('bad_request', authMessages.errors.badRequest);
  return id;
}

function toState(error: unknown): ActionError {
  if (error instanceof z.ZodError) return { error: { code: 'bad_request', message: error.issues[0]?.message ?? authMessages.errors.badRequest } };
  return toActionError(error);
}

export async function createUserAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  try {
    const admin = await requireCapability('adminUsers');
    await createUser(
      getPrisma(),
      {
        name: field(form, 'name'),
        email: field(form, 'email'),
        username: field(form, 'username').trim() || undefined,
        password: field(form, 'password'),
        role: z.enum(ROLES).parse(field(form, 'role')),
        regionId: regionField(form),
      },
      { id: admin.id, name: admin.name },
    );
    revalidatePath('/admin/users');
    return { ok: t.create.created };
  } catch (error) {
    return toState(error);
  }
}

export async function updateUserAccessAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  try {
    const admin = await requireCapability('adminUsers');
    const role = z.enum(ROLES).parse(field(form, 'role'));
    await updateUserAccess(getPrisma(), userIdField(form), { role, regionId: regionField(form) }, { id: admin.id, name: admin.name });
    revalidatePath('/admin/users');
    return { ok: t.access.saved };
  } catch (error) {
    return toState(error);
  }
}

export async function resetPasswordAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  try {
    const admin = await requireCapability('adminUsers');
    await setUserPassword(getPrisma(), userIdField(form), field(form, 'password'), { id: admin.id, name: admin.name });
    return { ok: t.password.saved };
  } catch (error) {
    return toState(error);
  }
}

export async function deleteUserAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  try {
    const admin = await requireCapability('adminUsers');
    await deleteUser(getPrisma(), userIdField(form), { id: admin.id, name: admin.name });
    revalidatePath('/admin/users');
    return { ok: t.remove.removed };
  } catch (error) {
    return toState(error);
  }
}
