import type { Metadata } from 'next';
import { getCurrentUser } from '@/lib/auth/current-user';
import { authMessages } from '@/lib/messages/zh-CN-auth';
import { SignOutButton } from '../_components/sign-out-button';
import styles from '../auth.module.css';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: authMessages.signOut.title };

export default async function SignOutPage() {
  const user = await getCurrentUser();
  return (
    <>
      <h1>{authMessages.signOut.title}</h1>
      {user ? (
        <div className={styles.panel}>
          <p>{authMessages.signOut.confirm}</p>
          <SignOutButton variant="button" />
        </div>
      ) : (
        <p>{authMessages.signOut.done}</p>
      )}
    </>
  );
}
