import { formatCount } from '@/components/dashboard/format';
import { zhCNDashboard as m } from '@/lib/messages/zh-CN-dashboard';

export type TrendTableRow = { year: number; values: Record<string, number | null> };

/** Years as rows, one column per series (town or region total): the numbers of the line chart. */
export function TrendTable({ rows, series, caption }: { rows: TrendTableRow[]; series: { key: string; label: string }[]; caption: string }) {
  return (
    <table className="data" data-table="trend">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{m.trends.columns.year}</th>
          {series.map((s) => (
            <th scope="col" className="num" key={s.key}>{s.label}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.year}>
            <th scope="row">{row.year}</th>
            {series.map((s) => (
              <td className="num" key={s.key} data-value={row.values[s.key] ?? ''}>{formatCount(row.values[s.key])}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
