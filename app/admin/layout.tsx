// /admin/*: accounts and the audit log, for admins without a region limit. Each page checks
// again itself (a layout does not run for every request of its pages).
import Link from 'next/link';
import type { ReactNode } from 'react';
import { authMessages } from '@/lib/messages/zh-CN-auth';
import styles from './admin.module.css';

export default function AdminLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <nav className={styles.subnav} aria-label={authMessages.nav.admin}>
        <Link href="/admin/users">{authMessages.nav.admin}</Link>
        <Link href="/admin/audit">{authMessages.nav.audit}</Link>
      </nav>
      {children}
    </>
  );
}
