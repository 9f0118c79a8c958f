import type { Metadata } from 'next';
import Link from 'next/link';
import { authMessages } from '@/lib/messages/zh-CN-auth';

export const metadata: Metadata = { title: authMessages.forbidden.title };

export default function ForbiddenPage() {
  return (
    <>
      <h1>{authMessages.forbidden.title}</h1>
      <p>{authMessages.forbidden.body}</p>
      <p>
        <Link href="/">{authMessages.forbidden.home}</Link>
      </p>
    </>
  );
}
