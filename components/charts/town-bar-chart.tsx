'use client';
// Horizontal bars, one per town (Chinese names on the axis), outliers in a darker colour, the
// median as a reference line. Each bar carries data-town/data-value so tests can check that the
// table beside it shows the same numbers. Recharts' accessibility layer makes it keyboard-navigable.
import { useRouter } from 'next/navigation';
import { Bar, BarChart, CartesianGrid, Rectangle, ReferenceLine, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { zhCNDashboard as m } from '@/lib/messages/zh-CN-dashboard';
import { formatAverage, formatCount } from '@/components/dashboard/format';
import type { ChartConfig } from './chart-config';
import { makeTooltip } from './chart-tooltip';

/** `href`: the report behind the bar; clicking a bar opens it (the table beside it has the same links for keyboard users). */
export type TownBarDatum = { id: number; name: string; value: number | null; outlier: boolean; href?: string };

const ROW_HEIGHT = 26;

export function TownBarChart({ config, data, median, label }: { config: ChartConfig; data: TownBarDatum[]; median: number | null; label: string }) {
  const router = useRouter();
  const series = config.series[0];
  if (!series) return null;
  const Tip = makeTooltip(config, (p) => (p.outlier ? m.compare.outlier : null));
  const height = Math.max(160, data.length * ROW_HEIGHT + 70);
  const renderBar = (props: BarShapeProps) => {
    const datum = props.payload as TownBarDatum;
    return (
      <Rectangle
        {...props}
        fill={datum.outlier && config.outlierColor ? config.outlierColor : series.color}
        data-town={datum.name}
        data-value={datum.value ?? ''}
        data-outlier={datum.outlier ? 'true' : 'false'}
        data-href={datum.href}
        className="town-bar"
        style={datum.href ? { cursor: 'pointer' } : undefined}
      />
    );
  };
  return (
    <div className="chart-box" data-chart={config.id}>
      <BarChart layout="vertical" data={data} responsive style={{ width: '100%', height }} margin={{ top: 24, right: 24, bottom: 28, left: 8 }} title={label}>
        <CartesianGrid horizontal={false} stroke="#e4e7eb" />
        <XAxis type="number" allowDecimals={false} tickFormatter={(v: number) => formatCount(v)} label={{ value: config.valueAxisLabel, position: 'insideBottom', offset: -16 }} />
        <YAxis type="category" dataKey="name" width={96} interval={0} tick={{ fontSize: 13 }} />
        <Tooltip content={Tip} cursor={{ fill: 'rgba(11, 92, 173, 0.08)' }} />
        {median !== null ? (
          <ReferenceLine x={median} stroke="#52606d" strokeDasharray="4 3" label={{ value: `${m.compare.median} ${formatAverage(median)}`, position: 'top', fontSize: 12 }} />
        ) : null}
        <Bar
          dataKey="value"
          name={series.label}
          fill={series.color}
          shape={renderBar}
          isAnimationActive={false}
          onClick={(entry) => {
            const href = (entry.payload as TownBarDatum | undefined)?.href;
            if (href) router.push(href);
          }}
        />
      </BarChart>
    </div>
  );
}
