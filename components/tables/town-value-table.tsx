import Link from 'next/link';
import { formatCount } from '@/components/dashboard/format';
import type { DashboardFilter } from '@/lib/queries/filter';
import type { TownComparisonRow } from '@/lib/queries/comparison';
import { zhCNDashboard as m } from '@/lib/messages/zh-CN-dashboard';
import { SortHeader } from './sort-header';
import { TownCell } from './town-cell';

/** The numbers of a single-value bar chart (publications or penalties), row for row. */
export function TownValueTable({ rows, filter, caption, valueLabel }: { rows: TownComparisonRow[]; filter: DashboardFilter; caption: string; valueLabel: string }) {
  return (
    <table className="data" data-table="town-values">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <SortHeader label={m.compare.columns.town} sortKey="name" filter={filter} pathname="/compare" />
          <SortHeader label={valueLabel} sortKey="value" filter={filter} pathname="/compare" numeric />
          <SortHeader label={m.compare.columns.findings} sortKey="findings" filter={filter} pathname="/compare" numeric />
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.reportId} className={row.outlier ? 'outlier' : undefined} data-town={row.name}>
            <TownCell id={row.townId} name={row.name} parentName={row.parentName} synthetic={row.synthetic} />
            <td className="num" data-value={row.value ?? ''}>
              {formatCount(row.value, m.compare.notStated)}
              {row.outlier ? <span className="badge badge-outlier">{m.compare.outlier}</span> : null}
            </td>
            <td className="num">
              <Link href={`/reports/${row.reportId}`}>{formatCount(row.findingCount)}</Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
