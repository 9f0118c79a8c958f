import type { ReactNode } from 'react';
import { formatCount, formatShare } from '@/components/dashboard/format';
import { OUTCOME_KEYS, type OutcomeKey } from '@/lib/queries/outcome-keys';
import { zhCNDashboard as m } from '@/lib/messages/zh-CN-dashboard';

export type OutcomeRow = { key: string; head: ReactNode; total: number | null } & Record<OutcomeKey, number | null>;

/** The six outcome groups per row (town or year): counts, with each one's share of the row total. `sortHeaders` replaces the first two header cells (name, total). */
export function OutcomeTable({ rows, caption, headLabel, sortHeaders }: { rows: OutcomeRow[]; caption: string; headLabel: string; sortHeaders?: ReactNode }) {
  return (
    <table className="data" data-table="outcomes">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {sortHeaders ?? (
            <>
              <th scope="col">{headLabel}</th>
              <th scope="col" className="num">{m.outcomes.total}</th>
            </>
          )}
          {OUTCOME_KEYS.map((key) => (
            <th scope="col" className="num" key={key}>{m.outcomes[key]}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            {row.head}
            <td className="num" data-value={row.total ?? ''}>{formatCount(row.total, m.compare.notStated)}</td>
            {OUTCOME_KEYS.map((key) => (
              <td className="num" key={key} data-value={row[key] ?? ''}>
                {formatCount(row[key])}
                <span className="share">{formatShare(row[key], row.total)}</span>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
