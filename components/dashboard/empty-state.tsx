import { zhCNDashboard as m } from '@/lib/messages/zh-CN-dashboard';

/** Says what is missing and what to do, instead of an empty chart. */
export function EmptyState({ message = m.empty.noData, hint = m.empty.importHint }: { message?: string; hint?: string | null }) {
  return (
    <div className="empty" role="status">
      <p className="empty-title">{message}</p>
      {hint ? <p>{hint}</p> : null}
    </div>
  );
}
