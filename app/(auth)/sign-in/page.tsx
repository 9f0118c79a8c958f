import type { Metadata } from 'next';
import Link from 'next/link';
import { safeNextPath } from '@/lib/auth/auth-constants';
import { getCurrentUser } from '@/lib/auth/current-user';
import { authMessages } from '@/lib/messages/zh-CN-auth';
import styles from '../auth.module.css';
import { SignInForm } from './sign-in-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: authMessages.signIn.title };

const t = authMessages.signIn;

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = (await searchParams).next;
  const next = safeNextPath(Array.isArray(raw) ? raw[0] : raw);
  const user = await getCurrentUser();
  return (
    <>
      <h1>{t.title}</h1>
      {user ? (
        <p>
          {t.alreadySignedIn} <Link href={next}>{next}</Link>
        </p>
      ) : (
        <>
          <p className={styles.hint}>{t.intro}</p>
          <SignInForm next={next} />
          <p className={styles.hint}>{t.noAccount}</p>
        </>
      )}
    </>
  );
}
