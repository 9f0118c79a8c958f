// Section 四: 行政复议 and the two kinds of 行政诉讼, five numbers each, printed as one row of 15
// under a three-level merged header, as in the national template.
import { REVIEW_BLOCKS, REVIEW_COLUMNS } from '@/lib/report/format';
import { zhCNReport } from '@/lib/messages/zh-CN-report';
import type { CellLookup } from './cell-model';
import { ValueCell } from './value-cell';

const m = zhCNReport.review;

export function ReviewSection({ cellOf }: { cellOf: CellLookup }) {
  return (
    <table className="data report-table review-table">
      <caption className="sr-only">{m.caption}</caption>
      <thead>
        <tr>
          <th scope="colgroup" colSpan={5}>
            {m.review}
          </th>
          <th scope="colgroup" colSpan={10}>
            {m.litigation}
          </th>
        </tr>
        <tr>
          {REVIEW_COLUMNS.map((column) => (
            <th key={column.key} scope="col" rowSpan={2}>
              {column.label}
            </th>
          ))}
          <th scope="colgroup" colSpan={5}>
            {m.suitDirect}
          </th>
          <th scope="colgroup" colSpan={5}>
            {m.suitAfterReview}
          </th>
        </tr>
        <tr>
          {[1, 2].flatMap((block) =>
            REVIEW_COLUMNS.map((column) => (
              <th key={`${block}-${column.key}`} scope="col">
                {column.label}
              </th>
            )),
          )}
        </tr>
      </thead>
      <tbody>
        <tr>
          {REVIEW_BLOCKS.flatMap((block) => REVIEW_COLUMNS.map((column) => <ValueCell key={`${block.key}-${column.key}`} cell={cellOf(`reviewLitigation.${block.key}.${column.key}`)} />))}
        </tr>
      </tbody>
    </table>
  );
}
