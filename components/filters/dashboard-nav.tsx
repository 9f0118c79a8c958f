'use client';
// Tabs between the dashboard pages; the region and years travel along, page-specific
// parameters (metric, sort, rule) do not.
import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import { zhCNDashboard as m } from '@/lib/messages/zh-CN-dashboard';

const PAGES = [
  ['/overview', m.nav.overview],
  ['/compare', m.nav.compare],
  ['/trends', m.nav.trends],
  ['/coverage', m.nav.coverage],
  ['/quality', m.nav.quality],
] as const;
const CARRIED = ['region', 'year', 'from', 'to', 'towns'];

export function DashboardNav() {
  const pathname = usePathname();
  const params = useSearchParams();
  const carried = new URLSearchParams();
  for (const key of CARRIED) {
    const value = params.get(key);
    if (value) carried.set(key, value);
  }
  const query = carried.toString();
  return (
    <nav className="dashboard-nav" aria-label={m.nav.label}>
      <ul>
        {PAGES.map(([href, label]) => (
          <li key={href}>
            <Link href={query ? `${href}?${query}` : href} aria-current={pathname === href ? 'page' : undefined}>
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
