// For the site header (app/layout.tsx): who is signed in, with role and region, the admin
// links for admins, and sign-out; a sign-in link for visitors.
import Link from 'next/link';
import { getCurrentUser } from '@/lib/auth/current-user';
import { canAdminUsers } from '@/lib/auth/permissions';
import { formatRegionPath } from '@/lib/auth/region-path';
import { authMessages } from '@/lib/messages/zh-CN-auth';
import styles from '../auth.module.css';
import { SignOutButton } from './sign-out-button';

const t = authMessages;

export async function UserMenu() {
  const user = await getCurrentUser();
  if (!user) {
    return (
      <nav className={styles.userMenu} aria-label={t.nav.signIn}>
        <Link href="/sign-in">{t.nav.signIn}</Link>
      </nav>
    );
  }
  return (
    <nav className={styles.userMenu} aria-label={t.nav.signedInAs}>
      <span>
        {user.name} <span className={styles.role}>（{t.roles[user.role]} · {formatRegionPath(user.region, t.wholeCountry)}）</span>
      </span>
      {canAdminUsers(user) ? (
        <>
          <Link href="/admin/users">{t.nav.admin}</Link>
          <Link href="/admin/audit">{t.nav.audit}</Link>
        </>
      ) : null}
      <SignOutButton />
    </nav>
  );
}
