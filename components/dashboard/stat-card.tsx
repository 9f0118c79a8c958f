import Link from 'next/link';
import type { ReactNode } from 'react';
import { zhCNDashboard as m } from '@/lib/messages/zh-CN-dashboard';

/** One overview figure; the whole card links to the view that explains it. */
export function StatCard({ label, value, note, href, children }: { label: string; value: ReactNode; note?: string; href: string; children?: ReactNode }) {
  return (
    <Link className="stat-card" href={href}>
      <span className="stat-label">{label}</span>
      <span className="stat-value">{value}</span>
      {note ? <span className="stat-note">{note}</span> : null}
      {children}
      <span className="stat-link">{m.overview.explain} →</span>
    </Link>
  );
}
