import Link from 'next/link';
import { SyntheticBadge } from '@/components/dashboard/synthetic-badge';
import type { FindingRow } from '@/lib/queries/findings';
import { zhCNDashboard as m } from '@/lib/messages/zh-CN-dashboard';

/** Findings, each linking to the first cell it names in its report (/reports/<id>#cell-<key>). */
export function FindingsTable({ rows, caption, showTown = true }: { rows: FindingRow[]; caption: string; showTown?: boolean }) {
  const c = m.quality.columns;
  return (
    <table className="data" data-table="findings">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{c.year}</th>
          {showTown ? <th scope="col">{c.town}</th> : null}
          <th scope="col">{c.rule}</th>
          <th scope="col">{c.message}</th>
          <th scope="col" className="num">{c.expected}</th>
          <th scope="col" className="num">{c.actual}</th>
          <th scope="col">{c.cell}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((f) => {
          const cell = f.cells[0];
          return (
            <tr key={f.id}>
              <td className="num">{f.year}</td>
              {showTown ? (
                <td>
                  <Link href={`/towns/${f.townId}`}>{f.townName}</Link>
                  {f.parentName ? <span className="parent-name">{f.parentName}</span> : null}
                  <SyntheticBadge show={f.synthetic} />
                </td>
              ) : null}
              <td title={m.quality.rules[f.rule]}>{f.rule}</td>
              <td>{f.message}</td>
              <td className="num">{f.expected ?? '—'}</td>
              <td className="num">{f.actual ?? '—'}</td>
              <td>
                <Link href={`/reports/${f.reportId}${cell ? `#cell-${cell}` : ''}`}>{cell ?? m.quality.openCell}</Link>
                {f.cells.length > 1 ? <span className="parent-name">+{f.cells.length - 1}</span> : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
