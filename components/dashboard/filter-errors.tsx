import Link from 'next/link';
import { zhCNDashboard as m } from '@/lib/messages/zh-CN-dashboard';

/** Invalid URL parameters are reported, never silently dropped. */
export function FilterErrors({ errors, pathname }: { errors: Record<string, string> | null; pathname: string }) {
  if (!errors) return null;
  return (
    <div className="filter-errors" role="alert">
      <p>{m.filters.invalid}</p>
      <ul>
        {Object.entries(errors).map(([field, message]) => (
          <li key={field}>
            <code>{field}</code>：{message}
          </li>
        ))}
      </ul>
      <Link href={pathname}>{m.filters.reset}</Link>
    </div>
  );
}
