'use client';
// The per-account controls of the users table: role and region, a new password, deletion.
import { useActionState } from 'react';
import { authMessages } from '@/lib/messages/zh-CN-auth';
import { ActionStatus } from './action-status';
import { deleteUserAction, resetPasswordAction, updateUserAccessAction } from './actions';
import { RegionSelect, RoleSelect } from './create-user-form';
import type { RegionOption } from './region-options';
import styles from '../admin.module.css';

const t = authMessages.admin;

type Props = { userId: string; label: string; role: string; regionId: number | null; regions: RegionOption[]; isSelf: boolean };

export function UserRowForms({ userId, label, role, regionId, regions, isSelf }: Props) {
  const [accessState, accessAction] = useActionState(updateUserAccessAction, null);
  const [passwordState, passwordAction] = useActionState(resetPasswordAction, null);
  const [deleteState, deleteAction] = useActionState(deleteUserAction, null);
  return (
    <>
      <form action={accessAction} className={styles.inline} aria-label={`${label} ${t.columns.role}`}>
        <input type="hidden" name="userId" value={userId} />
        <RoleSelect defaultValue={role} label={t.columns.role} />
        <RegionSelect regions={regions} defaultValue={regionId} label={t.columns.region} />
        <button className={styles.button} type="submit">
          {t.access.submit}
        </button>
      </form>
      <ActionStatus state={accessState} id={`access-${userId}`} />
      <form action={passwordAction} className={styles.inline} aria-label={`${label} ${t.password.submit}`}>
        <input type="hidden" name="userId" value={userId} />
        <label>
          {t.password.label}
          <input name="password" type="password" minLength={10} maxLength={128} required autoComplete="new-password" />
        </label>
        <button className={styles.button} type="submit">
          {t.password.submit}
        </button>
      </form>
      <ActionStatus state={passwordState} id={`password-${userId}`} />
      {isSelf ? null : (
        <form
          action={deleteAction}
          className={styles.inline}
          aria-label={`${label} ${t.remove.submit}`}
          onSubmit={(event) => {
            if (!window.confirm(`${label}：${t.remove.confirm}`)) event.preventDefault();
          }}
        >
          <input type="hidden" name="userId" value={userId} />
          <button className={styles.danger} type="submit">
            {t.remove.submit}
          </button>
        </form>
      )}
      <ActionStatus state={deleteState} id={`delete-${userId}`} />
    </>
  );
}
