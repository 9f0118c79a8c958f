'use client';
// Tooltip content with exact numbers and units (no rounding, no abbreviations).
import type { TooltipContentProps, TooltipValueType } from 'recharts';
import { formatCount } from '@/components/dashboard/format';
import type { ChartConfig } from './chart-config';

export function makeTooltip(config: ChartConfig, suffix?: (payload: Record<string, unknown>) => string | null) {
  return function ChartTooltip({ active, payload, label }: TooltipContentProps<TooltipValueType, string | number>) {
    if (!active || !payload?.length) return null;
    const extra = suffix?.(payload[0]?.payload as Record<string, unknown>);
    return (
      <div className="chart-tooltip">
        <p className="chart-tooltip-label">{String(label)}</p>
        <ul>
          {payload.map((item) => {
            const series = config.series.find((s) => s.key === item.dataKey);
            return (
              <li key={String(item.dataKey)}>
                <span className="swatch" style={{ background: series?.color ?? String(item.color) }} aria-hidden="true" />
                {series?.label ?? item.name}：{formatCount(typeof item.value === 'number' ? item.value : null)} {config.unit}
              </li>
            );
          })}
        </ul>
        {extra ? <p>{extra}</p> : null}
      </div>
    );
  };
}
