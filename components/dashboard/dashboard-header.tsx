import Link from 'next/link';
import { FilterBar, type FilterFields, type FilterTown } from '@/components/filters/filter-bar';
import type { DashboardContext } from '@/lib/queries/dashboard-context';
import { toSearchParams } from '@/lib/queries/filter';
import { zhCNDashboard as m } from '@/lib/messages/zh-CN-dashboard';
import { FilterErrors } from './filter-errors';

type Props = { ctx: DashboardContext; title: string; pathname: string; fields: FilterFields; rules?: string[]; towns?: FilterTown[]; subtitle?: string };

/** Page title with the region breadcrumb, invalid-filter messages and the filter form. */
export function DashboardHeader({ ctx, title, pathname, fields, rules, towns, subtitle }: Props) {
  const path = ctx.scope?.path ?? [];
  const hrefFor = (region?: number) => {
    const query = toSearchParams({ region, year: ctx.filter.year, from: ctx.filter.from, to: ctx.filter.to, metric: ctx.filter.metric }).toString();
    return query ? `${pathname}?${query}` : pathname;
  };
  return (
    <header className="dashboard-header">
      <nav aria-label={m.scope.breadcrumb} className="breadcrumb">
        <ol>
          <li>{path.length ? <Link href={hrefFor()}>{m.scope.country}</Link> : <span aria-current="page">{m.scope.country}</span>}</li>
          {path.map((r, i) => (
            <li key={r.id}>{i < path.length - 1 ? <Link href={hrefFor(r.id)}>{r.name}</Link> : <span aria-current="page">{r.name}</span>}</li>
          ))}
        </ol>
      </nav>
      <h1>
        {title}
        {subtitle ? <span className="subtitle">{subtitle}</span> : null}
      </h1>
      <FilterErrors errors={ctx.errors} pathname={pathname} />
      <FilterBar filter={ctx.filter} fields={fields} path={path} childRegions={ctx.children} years={ctx.years} rules={rules} towns={towns} />
    </header>
  );
}
