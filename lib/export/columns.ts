// THE column lists of the CSV extracts, in file order. Names are a published interface
// (scripts and spreadsheets refer to them): add columns at the end, never rename or reorder.
// The README's "CSV columns" section is written from these descriptions.

export type CsvColumn<Name extends string = string> = { name: Name; description: string };

const REPORT_PREFIX = [
  { name: 'report_id', description: '报告编号（/reports/<编号> 即该报告页面）' },
  { name: 'province', description: '省' },
  { name: 'city', description: '市（地级）' },
  { name: 'county', description: '县（区、县级市）；直管镇为空' },
  { name: 'town', description: '乡镇（街道）' },
  { name: 'unit', description: '发布单位（报告所署名称）' },
  { name: 'year', description: '报告年度' },
  { name: 'format_version', description: '报告格式：2021、2019、pre2019 或 unknown' },
] as const satisfies readonly CsvColumn[];

export const WIDE_COLUMNS = [
  ...REPORT_PREFIX,
  { name: 'publications_total', description: '全年主动公开信息总数（条，一、总体情况所述）' },
  { name: 'applications_received', description: '三、本年新收申请数量·总计' },
  { name: 'applications_carried_over', description: '三、上年结转申请数量·总计' },
  { name: 'outcome_granted', description: '（一）予以公开·总计' },
  { name: 'outcome_partially_granted', description: '（二）部分公开·总计' },
  { name: 'outcome_denied', description: '（三）不予公开·总计（各项之和）' },
  { name: 'outcome_unavailable', description: '（四）无法提供·总计（各项之和）' },
  { name: 'outcome_not_processed', description: '（五）不予处理·总计（各项之和）' },
  { name: 'outcome_other', description: '（六）其他处理·总计' },
  { name: 'applications_handled_total', description: '（七）总计·总计' },
  { name: 'applications_carried_forward', description: '四、结转下年度继续办理·总计' },
  { name: 'licensing_decisions', description: '第二十条第（五）项 行政许可·本年处理决定数量' },
  { name: 'penalty_decisions', description: '第二十条第（六）项 行政处罚·本年处理决定数量' },
  { name: 'coercion_decisions', description: '第二十条第（六）项 行政强制·本年处理决定数量' },
  { name: 'fees_wan', description: '第二十条第（八）项 行政事业性收费·本年收费金额（万元）' },
  { name: 'reviews_total', description: '四、行政复议·总计' },
  { name: 'lawsuits_total', description: '四、行政诉讼（未经复议直接起诉 + 复议后起诉）·总计' },
  { name: 'finding_count', description: '核对发现的问题数（R1–R7）' },
] as const satisfies readonly CsvColumn[];

export const LONG_COLUMNS = [
  ...REPORT_PREFIX,
  { name: 'key', description: '单元格的标准键（见 report-format.md，如 applications.granted.total）' },
  { name: 'label', description: '单元格的中文名称（行·列）' },
  { name: 'value', description: '读取的数值；未能读取的单元格不出现' },
] as const satisfies readonly CsvColumn[];

export const FINDINGS_COLUMNS = [
  ...REPORT_PREFIX,
  { name: 'rule', description: '规则：R1–R7' },
  { name: 'severity', description: 'error（错误）或 warning（提示）' },
  { name: 'cells', description: '涉及的单元格标准键，以分号分隔' },
  { name: 'cell_labels', description: '涉及的单元格中文名称，以分号分隔' },
  { name: 'expected', description: '按规则应有的值' },
  { name: 'actual', description: '报告中的值' },
  { name: 'message', description: '问题说明' },
] as const satisfies readonly CsvColumn[];

export type WideColumnName = (typeof WIDE_COLUMNS)[number]['name'];
export type PrefixColumnName = (typeof REPORT_PREFIX)[number]['name'];

export const EXPORT_KINDS = ['wide', 'long', 'findings'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export const COLUMNS_BY_KIND: Record<ExportKind, readonly CsvColumn[]> = {
  wide: WIDE_COLUMNS,
  long: LONG_COLUMNS,
  findings: FINDINGS_COLUMNS,
};

/** The README text ("CSV columns") generated from the lists above. */
export function describeColumnsMarkdown(): string {
  const lines: string[] = [];
  for (const kind of EXPORT_KINDS) {
    lines.push(`### ${kind}`, '', '| column | meaning |', '|---|---|');
    for (const column of COLUMNS_BY_KIND[kind]) lines.push(`| \`${column.name}\` | ${column.description} |`);
    lines.push('');
  }
  return lines.join('\n');
}
