import type { Metadata } from 'next';
import { listAudit } from '@/lib/auth/audit';
import { requirePageCapability } from '@/lib/auth/page-guard';
import { getPrisma } from '@/lib/db/client';
import { authMessages } from '@/lib/messages/zh-CN-auth';
import styles from '../admin.module.css';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: authMessages.audit.title };

const t = authMessages.audit;
const LIMIT = 200;
const timeFormat = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'Asia/Shanghai' });

export default async function AuditPage() {
  await requirePageCapability('adminUsers', '/admin/audit');
  const rows = await listAudit(getPrisma(), LIMIT);
  return (
    <>
      <h1>{t.title}</h1>
      {rows.length === 0 ? (
        <p className="empty">{t.empty}</p>
      ) : (
        <table className="data">
          <caption>{t.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.columns.createdAt}</th>
              <th scope="col">{t.columns.actor}</th>
              <th scope="col">{t.columns.action}</th>
              <th scope="col">{t.columns.target}</th>
              <th scope="col">{t.columns.region}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>{timeFormat.format(row.createdAt)}</td>
                <td>{row.actorName}</td>
                <td>{t.actions[row.action] ?? row.action}</td>
                <td>{row.target}</td>
                <td>{row.regionName ?? (row.regionId === null ? '' : `#${row.regionId}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {rows.length === LIMIT ? <p className={styles.muted}>{t.more.replace('{count}', String(LIMIT))}</p> : null}
    </>
  );
}
