import { zhCNDashboard as m } from '@/lib/messages/zh-CN-dashboard';

/** A visible mark on generated (fictional) data, so nobody mistakes it for a real report. */
export function SyntheticBadge({ show = true }: { show?: boolean }) {
  if (!show) return null;
  return (
    <span className="badge badge-synthetic" title={m.synthetic.title}>
      {m.synthetic.badge}
    </span>
  );
}
