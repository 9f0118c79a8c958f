import { toSearchParams, type DashboardFilter } from '@/lib/queries/filter';
import { zhCNDashboard as m } from '@/lib/messages/zh-CN-dashboard';

const KINDS = ['wide', 'long', 'findings'] as const;

/** CSV downloads of what is on screen: the export routes read the same filter object. */
export function ExportLinks({ filter, kinds = KINDS }: { filter: DashboardFilter; kinds?: readonly (typeof KINDS)[number][] }) {
  const query = toSearchParams(filter).toString();
  return (
    <p className="export-links">
      {m.export.label}
      {kinds.map((kind) => (
        <a key={kind} href={`/api/export/${kind}${query ? `?${query}` : ''}`} download>
          {m.export[kind]}
        </a>
      ))}
    </p>
  );
}
