import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { UserMenu } from '@/app/(auth)/_components/user-menu';
import { messages } from '@/lib/messages';
import './globals.css';

export const metadata: Metadata = { title: messages.app.name, description: messages.app.tagline };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>
        <header className="site-header">
          <Link href="/" className="brand">
            {messages.app.name}
          </Link>
          <span className="tagline">{messages.app.tagline}</span>
          <nav className="site-nav" aria-label={messages.nav.label}>
            <Link href="/overview">{messages.nav.dashboard}</Link>
            <Link href="/">{messages.nav.reports}</Link>
            <Link href="/quality">{messages.nav.quality}</Link>
            <Link href="/import">{messages.nav.import}</Link>
          </nav>
          <UserMenu />
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
