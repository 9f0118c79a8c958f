// Section 二: the 第二十条 sub-tables as printed ((一)(五)(六)(八), plus (九) in 2019).
import { zhCNReport } from '@/lib/messages/zh-CN-report';
import type { CellLookup } from './cell-model';
import { listArticle20Groups, type TableFormat } from './layout';
import { ValueCell } from './value-cell';

const m = zhCNReport.article20;

export function Article20Section({ format, cellOf }: { format: TableFormat; cellOf: CellLookup }) {
  return (
    <div className="article20-tables">
      {listArticle20Groups(format).map((group) => (
        <table key={group.item} className="data report-table">
          <caption className="sr-only">{m.item(group.item)}</caption>
          <thead>
            <tr>
              <th scope="colgroup" colSpan={group.columns.length + 1} className="table-title">
                {m.item(group.item)}
              </th>
            </tr>
            <tr>
              <th scope="col">{m.content}</th>
              {group.columns.map((column) => (
                <th key={column.key} scope="col">
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {group.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                {group.columns.map((column) => (
                  <ValueCell key={column.key} cell={cellOf(`article20.${row.key}.${column.key}`)} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
