// The one filter object of the dashboard: parsed from the URL by server components, written
// to the URL by the client, and used unchanged by the CSV routes, so that what a user
// downloads is what they saw. Invalid parameters are reported, never silently dropped.
import { z } from 'zod';

export const METRICS = ['publications', 'outcomes', 'penalties'] as const;
export type Metric = (typeof METRICS)[number];

/** Sort keys for town comparisons: a fixed list, mapped to SQL columns in lib/queries only. */
export const SORT_KEYS = ['name', 'value', 'publications', 'received', 'penalties', 'findings'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

const MIN_YEAR = 2008; // the Regulations took effect in 2008
const MAX_YEAR = 2100;
const year = z.coerce.number({ message: '年份应为数字' }).int('年份必须是整数').min(MIN_YEAR, `年份不能早于 ${MIN_YEAR}`).max(MAX_YEAR, `年份不能晚于 ${MAX_YEAR}`);

const idList = z
  .string()
  .trim()
  .regex(/^\d+(,\d+)*$/, '应为以逗号分隔的编号')
  .transform((value) => [...new Set(value.split(',').map(Number))])
  .refine((ids) => ids.length <= 50, '最多选择 50 个乡镇');

export const dashboardFilterSchema = z
  .object({
    region: z.coerce.number({ message: '地区编号应为数字' }).int('地区编号无效').positive('地区编号无效').optional(),
    year: year.optional(),
    from: year.optional(),
    to: year.optional(),
    towns: idList.optional(),
    metric: z.enum(METRICS, { message: `指标只能是 ${METRICS.join('、')}` }).default('publications'),
    sort: z.enum(SORT_KEYS, { message: `排序只能是 ${SORT_KEYS.join('、')}` }).default('value'),
    dir: z.enum(['asc', 'desc'], { message: '排序方向只能是 asc 或 desc' }).default('desc'),
    /** Quality page / findings export: one consistency rule (R1–R7, or a later R-number). */
    rule: z.string().trim().regex(/^R\d{1,2}$/, '规则编号应为 R1–R7 这样的形式').optional(),
  })
  .refine((f) => f.from === undefined || f.to === undefined || f.from <= f.to, { message: '起始年份不能晚于结束年份', path: ['from'] });

export type DashboardFilter = z.infer<typeof dashboardFilterSchema>;

export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

function toRecord(input: SearchParamsInput): Record<string, string> {
  const record: Record<string, string> = {};
  const entries = input instanceof URLSearchParams ? [...input.entries()] : Object.entries(input);
  for (const [key, value] of entries) {
    const single = Array.isArray(value) ? value[0] : value;
    if (single !== undefined && single !== '') record[key] = single;
  }
  return record;
}

export type FilterParseResult = { ok: true; filter: DashboardFilter } | { ok: false; errors: Record<string, string> };

export function parseDashboardFilter(input: SearchParamsInput): FilterParseResult {
  const parsed = dashboardFilterSchema.safeParse(toRecord(input));
  if (parsed.success) return { ok: true, filter: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) errors[issue.path.join('.') || 'filter'] ??= issue.message;
  return { ok: false, errors };
}

/** The URL form of a filter; defaults are left out so that URLs stay short and stable. */
export function toSearchParams(filter: Partial<DashboardFilter>): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.region !== undefined) params.set('region', String(filter.region));
  if (filter.year !== undefined) params.set('year', String(filter.year));
  if (filter.from !== undefined) params.set('from', String(filter.from));
  if (filter.to !== undefined) params.set('to', String(filter.to));
  if (filter.towns?.length) params.set('towns', filter.towns.join(','));
  if (filter.metric && filter.metric !== 'publications') params.set('metric', filter.metric);
  if (filter.sort && filter.sort !== 'value') params.set('sort', filter.sort);
  if (filter.dir && filter.dir !== 'desc') params.set('dir', filter.dir);
  if (filter.rule !== undefined) params.set('rule', filter.rule);
  return params;
}
