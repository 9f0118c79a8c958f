import type { ReactNode } from 'react';
import { zhCNDashboard as m } from '@/lib/messages/zh-CN-dashboard';

/** A chart with its data table: side by side on wide screens, stacked otherwise and in print. */
export function ChartFigure({ title, chart, table, notes, wide = false }: { title: string; chart: ReactNode; table: ReactNode; notes?: ReactNode; wide?: boolean }) {
  return (
    <section className={wide ? 'chart-figure chart-figure-wide' : 'chart-figure'} aria-label={title}>
      <h2>{title}</h2>
      {notes}
      <div className="chart-figure-body">
        <figure>
          {chart}
          <figcaption className="hint">{m.chart.keyboard}</figcaption>
        </figure>
        <div className="chart-table">{table}</div>
      </div>
    </section>
  );
}
