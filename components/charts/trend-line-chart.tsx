'use client';
// Lines over the years, one per series of the config (towns, or the region's total).
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCount } from '@/components/dashboard/format';
import type { ChartConfig } from './chart-config';
import { makeTooltip } from './chart-tooltip';

export type TrendDatum = { name: string } & Record<string, number | string | null>;

export function TrendLineChart({ config, data, label }: { config: ChartConfig; data: TrendDatum[]; label: string }) {
  const Tip = makeTooltip(config);
  return (
    <div className="chart-box" data-chart={config.id}>
      <LineChart data={data} responsive style={{ width: '100%', height: 320 }} margin={{ top: 8, right: 24, bottom: 28, left: 8 }} title={label}>
        <CartesianGrid stroke="#e4e7eb" />
        <XAxis dataKey="name" label={{ value: config.categoryAxisLabel, position: 'insideBottom', offset: -16 }} />
        <YAxis allowDecimals={false} width={64} tickFormatter={(v: number) => formatCount(v)} label={{ value: config.valueAxisLabel, angle: -90, position: 'insideLeft', style: { textAnchor: 'middle' } }} />
        <Tooltip content={Tip} />
        <Legend verticalAlign="top" height={32} itemSorter={null} />
        {config.series.map((s) => (
          <Line key={s.key} type="linear" dataKey={s.key} name={s.label} stroke={s.color} strokeWidth={2} dot={{ r: 4 }} connectNulls={false} isAnimationActive={false} />
        ))}
      </LineChart>
    </div>
  );
}
