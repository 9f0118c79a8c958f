'use client';
// Posts to Better Auth's own endpoints (not a server action) so that the library's sign-in
// rate limit applies; an e-mail address signs in by e-mail, anything else by username.
import { useState, type FormEvent } from 'react';
import { authMessages } from '@/lib/messages/zh-CN-auth';
import styles from '../auth.module.css';

const t = authMessages.signIn;

function failureMessage(status: number): string {
  if (status === 429) return t.rateLimited;
  if (status === 401 || status === 400 || status === 403) return t.failed;
  return t.unavailable;
}

export function SignInForm({ next }: { next: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const identifier = String(form.get('identifier') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const byEmail = identifier.includes('@');
    setPending(true);
    setError(null);
    try {
      const response = await fetch(byEmail ? '/api/auth/sign-in/email' : '/api/auth/sign-in/username', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(byEmail ? { email: identifier, password } : { username: identifier, password }),
      });
      if (!response.ok) {
        setError(failureMessage(response.status));
        return;
      }
      // A full navigation, so that the header and every server component see the new session.
      window.location.assign(next);
    } catch {
      setError(t.unavailable);
    } finally {
      setPending(false);
    }
  }

  return (
    <form className={styles.panel} onSubmit={submit} aria-describedby={error ? 'sign-in-error' : undefined}>
      <label>
        {t.identifier}
        <input name="identifier" type="text" autoComplete="username" required autoCapitalize="none" spellCheck={false} />
      </label>
      <label>
        {t.password}
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {error ? (
        <p id="sign-in-error" className={styles.error} role="alert">
          {error}
        </p>
      ) : null}
      <button className={styles.button} type="submit" disabled={pending}>
        {pending ? t.submitting : t.submit}
      </button>
    </form>
  );
}
