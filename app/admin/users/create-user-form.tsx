'use client';
import { useActionState } from 'react';
import { authMessages } from '@/lib/messages/zh-CN-auth';
import { ActionStatus } from './action-status';
import { createUserAction } from './actions';
import type { RegionOption } from './region-options';
import styles from '../admin.module.css';

const t = authMessages.admin.create;

export function RoleSelect({ defaultValue = 'viewer', label }: { defaultValue?: string; label: string }) {
  return (
    <label>
      {label}
      <select name="role" defaultValue={defaultValue}>
        {Object.entries(authMessages.roles).map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

export function RegionSelect({ regions, defaultValue, label }: { regions: RegionOption[]; defaultValue: number | null; label: string }) {
  return (
    <label>
      {label}
      <select name="regionId" defaultValue={defaultValue === null ? '' : String(defaultValue)}>
        <option value="">{authMessages.wholeCountry}</option>
        {regions.map((region) => (
          <option key={region.id} value={region.id}>
            {region.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function CreateUserForm({ regions }: { regions: RegionOption[] }) {
  const [state, action, pending] = useActionState(createUserAction, null);
  return (
    <form action={action} className={styles.form} aria-labelledby="create-user-title">
      <h2 id="create-user-title" style={{ gridColumn: '1 / -1', margin: 0, fontSize: '1.1rem' }}>
        {t.title}
      </h2>
      <label>
        {t.name}
        <input name="name" required maxLength={100} />
      </label>
      <label>
        {t.email}
        <input name="email" type="email" required autoComplete="off" />
      </label>
      <label>
        {t.username}
        <input name="username" autoComplete="off" pattern="[A-Za-z0-9_.]{2,40}" />
      </label>
      <label>
        {t.password}
        <input name="password" type="password" required minLength={10} maxLength={128} autoComplete="new-password" />
      </label>
      <RoleSelect label={t.role} />
      <RegionSelect regions={regions} defaultValue={null} label={t.region} />
      <button className={styles.button} type="submit" disabled={pending}>
        {t.submit}
      </button>
      <ActionStatus state={state} id="create-user-status" />
    </form>
  );
}
