'use client';
// Stacked bars of the six outcome groups (granted … other), as counts or as shares of each
// bar's total (stackOffset "expand"); the tooltip always shows the exact counts.
import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { zhCNDashboard as m } from '@/lib/messages/zh-CN-dashboard';
import { formatCount } from '@/components/dashboard/format';
import type { OutcomeKey } from '@/lib/queries/outcome-keys';
import { outcomesChart } from './chart-config';
import { makeTooltip } from './chart-tooltip';

export type OutcomeDatum = { name: string } & Record<OutcomeKey, number | null>;

const ROW_HEIGHT = 28;
const Tip = makeTooltip(outcomesChart);

/** `across`: "towns" draws one horizontal bar per town; "years" one vertical bar per year. */
export function OutcomeStackChart({ data, across, label }: { data: OutcomeDatum[]; across: 'towns' | 'years'; label: string }) {
  const [shares, setShares] = useState(false);
  const horizontal = across === 'towns';
  const height = horizontal ? Math.max(180, data.length * ROW_HEIGHT + 110) : 340;
  const valueAxis = {
    type: 'number' as const,
    allowDecimals: false,
    tickFormatter: (v: number) => (shares ? `${Math.round(v * 100)}%` : formatCount(v)),
  };
  return (
    <div className="chart-box" data-chart={`outcomes-${across}`}>
      <div className="chart-toggle" role="group" aria-label={label}>
        <button type="button" aria-pressed={!shares} onClick={() => setShares(false)}>{m.chart.showCounts}</button>
        <button type="button" aria-pressed={shares} onClick={() => setShares(true)}>{m.chart.showShares}</button>
      </div>
      <BarChart
        layout={horizontal ? 'vertical' : 'horizontal'}
        data={data}
        stackOffset={shares ? 'expand' : 'none'}
        responsive
        style={{ width: '100%', height }}
        margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
        title={label}
      >
        <CartesianGrid stroke="#e4e7eb" horizontal={!horizontal} vertical={horizontal} />
        {horizontal ? (
          <>
            <XAxis {...valueAxis} />
            <YAxis type="category" dataKey="name" width={96} interval={0} tick={{ fontSize: 13 }} />
          </>
        ) : (
          <>
            <XAxis type="category" dataKey="name" />
            <YAxis {...valueAxis} width={56} />
          </>
        )}
        <Tooltip content={Tip} />
        <Legend verticalAlign="top" height={32} itemSorter={null} />
        {outcomesChart.series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.label} stackId="outcomes" fill={s.color} isAnimationActive={false} />
        ))}
      </BarChart>
    </div>
  );
}
