// Section 三 in the official layout: three label columns with merged cells (三、本年度办理结果,
// （三）–（六）), the applicant columns under the merged headers 申请人情况 / 法人或其他组织.
import type { ApplicationsLayout } from '@/lib/report/format';
import { zhCNReport } from '@/lib/messages/zh-CN-report';
import type { CellLookup } from './cell-model';
import { APPLICANT_COLUMNS, listApplicationRows } from './layout';
import { ValueCell } from './value-cell';

const m = zhCNReport.applications;
const ORG_COLUMNS = APPLICANT_COLUMNS.slice(1, 6);

export function ApplicationsSection({ layout, cellOf }: { layout: ApplicationsLayout; cellOf: CellLookup }) {
  return (
    <table className="data report-table applications-table">
      <caption className="sr-only">{m.caption}</caption>
      <thead>
        <tr>
          <td colSpan={3} rowSpan={3} className="rule-note">
            {m.ruleNote}
          </td>
          <th scope="colgroup" colSpan={7}>
            {m.applicants}
          </th>
        </tr>
        <tr>
          <th scope="col" rowSpan={2}>
            {APPLICANT_COLUMNS[0].label}
          </th>
          <th scope="colgroup" colSpan={5}>
            {m.legalPersons}
          </th>
          <th scope="col" rowSpan={2}>
            {APPLICANT_COLUMNS[6].label}
          </th>
        </tr>
        <tr>
          {ORG_COLUMNS.map((column) => (
            <th key={column.key} scope="col">
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {listApplicationRows(layout).map((row) => (
          <tr key={row.key}>
            {row.resultsSpan ? (
              <th scope="rowgroup" rowSpan={row.resultsSpan} className="group-label">
                {m.results}
              </th>
            ) : null}
            {row.groupHeader ? (
              <th scope="rowgroup" rowSpan={row.groupHeader.span} className="group-label">
                {row.groupHeader.label}
              </th>
            ) : null}
            <th scope="row" colSpan={row.labelSpan} className="row-label">
              {row.label}
            </th>
            {APPLICANT_COLUMNS.map((column) => (
              <ValueCell key={column.key} cell={cellOf(`applications.${row.key}.${column.key}`)} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
