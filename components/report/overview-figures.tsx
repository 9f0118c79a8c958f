// The numbers read from section 一's prose (publication total, applications stated), as
// cells with anchors, so that findings on them (R5) point somewhere on the page.
import { zhCNReport } from '@/lib/messages/zh-CN-report';
import type { StoredRead } from '@/lib/queries/report-detail';
import type { CellLookup } from './cell-model';
import { formatNumber } from './cell-model';
import { ValueCell } from './value-cell';

const m = zhCNReport.overviewFigures;

export function OverviewFigures({ cellOf, read }: { cellOf: CellLookup; read: StoredRead }) {
  const channels = read.publications?.channels ?? [];
  return (
    <table className="data report-table overview-figures">
      <caption>{m.caption}</caption>
      <tbody>
        <tr>
          <th scope="row">{m.publications}</th>
          <ValueCell cell={cellOf('publications.total')} />
          <td className="channels">{channels.length ? `${m.channels}：${channels.map((c) => `${c.name} ${formatNumber(c.count)}`).join('；')}` : null}</td>
        </tr>
        <tr>
          <th scope="row">{m.applicationsStated}</th>
          <ValueCell cell={cellOf('overview.applicationsStated')} />
          <td />
        </tr>
      </tbody>
    </table>
  );
}
