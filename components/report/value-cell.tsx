// One number of a report table. The number is a button so that keyboard users reach it:
// focusing or clicking it marks where it was read in the plain text (plain-text-view.tsx
// listens for that), and a cell with findings shows their messages on hover and on focus
// (the tooltip is also its accessible description). Unreadable cells say so, never 0.
import { zhCNReport } from '@/lib/messages/zh-CN-report';
import { formatNumber, type CellView } from './cell-model';

const m = zhCNReport.cell;

export function ValueCell({ cell }: { cell: CellView }) {
  const hasFindings = cell.findings.length > 0;
  const tipId = `tip-${cell.key}`;
  const notes = [
    ...cell.findings.map((f) => `${f.rule}：${f.message}`),
    ...(cell.value === null ? [cell.unreadableMessage ?? m.unreadableHint] : []),
  ];
  const className = ['value-cell', hasFindings ? `has-finding severity-${cell.findings.some((f) => f.severity === 'error') ? 'error' : 'warning'}` : '', cell.value === null ? 'is-unreadable' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <td id={`cell-${cell.key}`} className={className}>
      <button
        type="button"
        className="cell-button"
        data-cell-key={cell.key}
        data-label={cell.label}
        data-range-start={cell.range?.start}
        data-range-end={cell.range?.end}
        aria-label={`${cell.label}：${cell.value === null ? m.unreadable : formatNumber(cell.value)}`}
        aria-describedby={notes.length ? tipId : undefined}
      >
        {cell.value === null ? <span className="unreadable-mark">{m.unreadable}</span> : formatNumber(cell.value)}
        {cell.derived ? <span className="derived-mark" aria-hidden="true">*</span> : null}
      </button>
      {notes.length ? (
        <span role="tooltip" id={tipId} className="cell-tip">
          {notes.join('\n')}
        </span>
      ) : null}
    </td>
  );
}
