'use client';
// The dashboard's filters as a GET form: it works without JavaScript, and with it every change
// navigates at once to the same URL the server parses (lib/queries/filter.ts), so the view
// is shareable and the back button works.
import { usePathname, useRouter } from 'next/navigation';
import { useTransition, type FormEvent } from 'react';
import { METRICS, toSearchParams, type DashboardFilter, type Metric } from '@/lib/queries/filter';
import { zhCNDashboard as m } from '@/lib/messages/zh-CN-dashboard';

export type FilterRegion = { id: number; name: string };
export type FilterTown = { id: number; name: string; parentName: string | null };
/** `year: 'all'` when no year means all years (quality page) rather than the latest. */
export type FilterFields = { year?: boolean | 'all'; range?: boolean; metric?: boolean; rule?: boolean; towns?: boolean };

export type FilterBarProps = {
  filter: DashboardFilter;
  fields: FilterFields;
  path: FilterRegion[];
  childRegions: FilterRegion[];
  years: number[];
  rules?: string[];
  towns?: FilterTown[];
};

function optionalNumber(value: FormDataEntryValue | null): number | undefined {
  return typeof value === 'string' && value !== '' ? Number(value) : undefined;
}

/** Reads the form into a filter; a region change drops the chosen towns (they may lie outside it). */
function readForm(form: HTMLFormElement, current: DashboardFilter): Partial<DashboardFilter> {
  const data = new FormData(form);
  const region = optionalNumber(data.get('region'));
  const towns = data.getAll('towns').map(Number);
  const metric = data.get('metric');
  const rule = data.get('rule');
  return {
    ...current,
    region,
    year: optionalNumber(data.get('year')),
    from: optionalNumber(data.get('from')),
    to: optionalNumber(data.get('to')),
    towns: region === current.region && towns.length ? towns : undefined,
    metric: typeof metric === 'string' && (METRICS as readonly string[]).includes(metric) ? (metric as Metric) : current.metric,
    rule: typeof rule === 'string' && rule !== '' ? rule : undefined,
  };
}

export function FilterBar({ filter, fields, path, childRegions, years, rules = [], towns = [] }: FilterBarProps) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const current = path.at(-1);

  function navigate(form: HTMLFormElement) {
    const query = toSearchParams(readForm(form, filter)).toString();
    startTransition(() => router.push(query ? `${pathname}?${query}` : pathname, { scroll: false }));
  }
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    navigate(event.currentTarget);
  }

  return (
    <form className="filter-bar" method="get" action={pathname} onSubmit={onSubmit} onChange={(e) => navigate(e.currentTarget)} aria-busy={pending} aria-label={m.filters.legend}>
      <label>
        {m.filters.region}
        <select name="region" defaultValue={current ? String(current.id) : ''} key={`region-${current?.id ?? 0}`}>
          <option value="">{m.scope.country}</option>
          {path.slice(0, -1).map((r) => (
            <option key={r.id} value={r.id}>{`${m.filters.regionUp}${r.name}`}</option>
          ))}
          {current ? <option value={current.id}>{`${m.filters.regionCurrent}${current.name}`}</option> : null}
          {childRegions.map((r) => (
            <option key={r.id} value={r.id}>{`${m.filters.regionDown}${r.name}`}</option>
          ))}
        </select>
      </label>
      {fields.year ? (
        <label>
          {m.filters.year}
          <select name="year" defaultValue={filter.year ?? ''} key={`year-${filter.year ?? ''}`}>
            <option value="">{fields.year === 'all' ? m.filters.allYears : m.filters.latest}</option>
            {years.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </label>
      ) : null}
      {fields.range ? (
        <>
          <label>
            {m.filters.from}
            <select name="from" defaultValue={filter.from ?? ''} key={`from-${filter.from ?? ''}`}>
              <option value="">{m.filters.allYears}</option>
              {years.map((y) => <option key={y} value={y}>{y}</option>)}
            </select>
          </label>
          <label>
            {m.filters.to}
            <select name="to" defaultValue={filter.to ?? ''} key={`to-${filter.to ?? ''}`}>
              <option value="">{m.filters.allYears}</option>
              {years.map((y) => <option key={y} value={y}>{y}</option>)}
            </select>
          </label>
        </>
      ) : null}
      {fields.rule ? (
        <label>
          {m.filters.rule}
          <select name="rule" defaultValue={filter.rule ?? ''} key={`rule-${filter.rule ?? ''}`}>
            <option value="">{m.filters.allRules}</option>
            {rules.map((r) => <option key={r} value={r}>{m.quality.rules[r] ?? r}</option>)}
          </select>
        </label>
      ) : null}
      {fields.metric ? (
        <fieldset className="metric-choice" key={`metric-${filter.metric}`}>
          <legend>{m.filters.metric}</legend>
          {METRICS.map((metric) => (
            <label key={metric}>
              <input type="radio" name="metric" value={metric} defaultChecked={filter.metric === metric} />
              {m.metrics[metric]}
            </label>
          ))}
        </fieldset>
      ) : null}
      {fields.towns && towns.length ? (
        <fieldset className="town-choice" key={`towns-${filter.towns?.join(',') ?? ''}`}>
          <legend>{m.filters.towns}</legend>
          <p className="hint">{m.filters.townsHint}</p>
          {towns.map((t) => (
            <label key={t.id}>
              <input type="checkbox" name="towns" value={t.id} defaultChecked={filter.towns?.includes(t.id) ?? false} />
              {t.name}
            </label>
          ))}
        </fieldset>
      ) : null}
      <button type="submit">{m.filters.apply}</button>
    </form>
  );
}
