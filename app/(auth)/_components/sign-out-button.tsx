'use client';
// Signs out through Better Auth's endpoint (which clears the cookie and deletes the
// session row), then goes to the sign-in page.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { authMessages } from '@/lib/messages/zh-CN-auth';
import styles from '../auth.module.css';

export function SignOutButton({ variant = 'link' }: { variant?: 'link' | 'button' }) {
  const [pending, setPending] = useState(false);
  const router = useRouter();
  async function signOut() {
    setPending(true);
    try {
      await fetch('/api/auth/sign-out', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    } finally {
      // refresh(): the header and every server component render again without the session.
      router.replace('/sign-in');
      router.refresh();
    }
  }
  return (
    <button type="button" className={variant === 'button' ? styles.button : styles.linkButton} onClick={signOut} disabled={pending}>
      {pending ? authMessages.signOut.submitting : authMessages.signOut.submit}
    </button>
  );
}
