import type { Metadata } from 'next';
import { listUsers } from '@/lib/auth/manage-users';
import { requirePageCapability } from '@/lib/auth/page-guard';
import { getPrisma } from '@/lib/db/client';
import { authMessages } from '@/lib/messages/zh-CN-auth';
import { CreateUserForm } from './create-user-form';
import { listRegionOptions } from './region-options';
import { UserRowForms } from './user-row-forms';
import styles from '../admin.module.css';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: authMessages.admin.title };

const t = authMessages.admin;
const dateFormat = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeZone: 'Asia/Shanghai' });

export default async function AdminUsersPage() {
  const admin = await requirePageCapability('adminUsers', '/admin/users');
  const db = getPrisma();
  const [users, regions] = await Promise.all([listUsers(db), listRegionOptions(db)]);
  const regionLabel = new Map(regions.map((region) => [region.id, region.label]));
  return (
    <>
      <h1>{t.title}</h1>
      <CreateUserForm regions={regions} />
      {users.length === 0 ? (
        <p className="empty">{t.empty}</p>
      ) : (
        <table className="data">
          <caption>{t.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.columns.name}</th>
              <th scope="col">{t.columns.email}</th>
              <th scope="col">{t.columns.role}</th>
              <th scope="col">{t.columns.region}</th>
              <th scope="col">{t.columns.createdAt}</th>
              <th scope="col">{t.columns.actions}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id}>
                <td>
                  {user.name}
                  {user.username ? <div className={styles.muted}>{user.username}</div> : null}
                </td>
                <td>{user.email}</td>
                <td>{authMessages.roles[user.role]}</td>
                <td>{user.regionId === null ? authMessages.wholeCountry : (regionLabel.get(user.regionId) ?? `#${user.regionId}`)}</td>
                <td>{dateFormat.format(user.createdAt)}</td>
                <td>
                  <UserRowForms userId={user.id} label={user.name} role={user.role} regionId={user.regionId} regions={regions} isSelf={user.id === admin.id} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
