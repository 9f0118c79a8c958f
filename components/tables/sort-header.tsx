import Link from 'next/link';
import { toSearchParams, type DashboardFilter, type SortKey } from '@/lib/queries/filter';
import { zhCNDashboard as m } from '@/lib/messages/zh-CN-dashboard';

/** A column header that sorts the table (and the chart beside it) through the URL's sort/dir. */
export function SortHeader({ label, sortKey, filter, pathname, numeric = false }: { label: string; sortKey: SortKey; filter: DashboardFilter; pathname: string; numeric?: boolean }) {
  const active = filter.sort === sortKey;
  const nextDir = active ? (filter.dir === 'desc' ? 'asc' : 'desc') : sortKey === 'name' ? 'asc' : 'desc';
  const href = `${pathname}?${toSearchParams({ ...filter, sort: sortKey, dir: nextDir }).toString()}`;
  const ariaSort = active ? (filter.dir === 'asc' ? 'ascending' : 'descending') : undefined;
  return (
    <th scope="col" aria-sort={ariaSort} className={numeric ? 'num' : undefined}>
      <Link href={href} scroll={false} title={m.table.sortBy(label)}>
        {label}
        <span aria-hidden="true" className="sort-mark">{active ? (filter.dir === 'asc' ? ' ▲' : ' ▼') : ' ↕'}</span>
      </Link>
    </th>
  );
}
