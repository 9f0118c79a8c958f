// Previous and next year of the same town, one click away, and how this year's summary
// figures changed against the previous year's.
import Link from 'next/link';
import { SUMMARY_FIELDS, type NeighbourReport, type ReportDetail } from '@/lib/queries/report-detail';
import { zhCNReport } from '@/lib/messages/zh-CN-report';
import { formatNumber } from './cell-model';

const m = zhCNReport.neighbours;

function formatChange(current: number | null, previous: number | null): string {
  if (current === null || previous === null) return m.unknown;
  const change = current - previous;
  if (change === 0) return '0';
  const percent = previous === 0 ? '' : `（${change > 0 ? '+' : ''}${Math.round((change / previous) * 100)}%）`;
  return `${change > 0 ? '+' : ''}${formatNumber(change)}${percent}`;
}

const show = (value: number | null) => (value === null ? m.unknown : formatNumber(value));

export function YearNeighbours({ detail, previous, next }: { detail: ReportDetail; previous: NeighbourReport | null; next: NeighbourReport | null }) {
  return (
    <section aria-labelledby="neighbours-heading" className="report-section neighbours">
      <h2 id="neighbours-heading">{m.heading}</h2>
      <nav className="year-nav no-print" aria-label={m.heading}>
        {previous ? <Link href={`/reports/${previous.id}`} rel="prev">{m.previous(previous.year)}</Link> : null}
        {next ? <Link href={`/reports/${next.id}`} rel="next">{m.next(next.year)}</Link> : null}
        {!previous && !next ? <span className="muted">{m.none}</span> : null}
      </nav>
      {previous ? (
        <table className="data yoy-table">
          <caption>{m.caption(detail.year, previous.year)}</caption>
          <thead>
            <tr>
              <th scope="col">{m.columns.metric}</th>
              <th scope="col">{m.columns.current}</th>
              <th scope="col">{m.columns.previous}</th>
              <th scope="col">{m.columns.change}</th>
            </tr>
          </thead>
          <tbody>
            {SUMMARY_FIELDS.map((field) => (
              <tr key={field}>
                <th scope="row">{m.metrics[field] ?? field}</th>
                <td className="num">{show(detail.figures[field])}</td>
                <td className="num">{show(previous.figures[field])}</td>
                <td className="num">{formatChange(detail.figures[field], previous.figures[field])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
