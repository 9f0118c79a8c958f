// The 勾稽关系 a supervisor checks (report-format.md R1–R7). Each broken rule becomes a finding
// naming the cells, the expected and the actual value, and a sentence a supervisor understands.
// Cells that could not be read are not checked (they are listed in `unreadable` instead).
import {
  APPLICATION_COLUMNS,
  APPLICATION_ROW_BY_KEY,
  CELLS,
  REVIEW_BLOCKS,
  REVIEW_COLUMNS,
  SECTION_BY_ID,
  listOutcomeRowKeys,
  type CellDef,
  type SectionId,
} from './format.ts';
import type { Finding, ReadReport } from './model.ts';

export { checkAcrossYears } from './check-across-years.ts';

type Checked = Omit<ReadReport, 'findings' | 'readerVersion'>;

const TABLE_SECTIONS: readonly string[] = ['article20', 'applications', 'reviewLitigation'];

type ValueTree = Record<string, Record<string, number | null> | undefined>;

// Built once rather than per report.
const OUTCOME_ROWS = { 'split-other': listOutcomeRowKeys('split-other'), 'single-other': listOutcomeRowKeys('single-other') };
/** The six applicant columns whose sum is the row total (R3). */
const SIX_COLUMNS = APPLICATION_COLUMNS.slice(0, 6).map((c) => c.key);

// Cell definitions by section → row → column, built once: looking them up by a dotted key
// meant building and hashing a fresh key string for each of the ~300 cells of every report.
const DEF_BY_CELL: ReadonlyMap<string, ReadonlyMap<string, ReadonlyMap<string, CellDef>>> = buildDefIndex();

function buildDefIndex(): Map<string, Map<string, Map<string, CellDef>>> {
  const index = new Map<string, Map<string, Map<string, CellDef>>>();
  for (const def of CELLS) {
    if (!TABLE_SECTIONS.includes(def.section)) continue;
    const rows = index.get(def.section) ?? new Map<string, Map<string, CellDef>>();
    const columns = rows.get(def.row) ?? new Map<string, CellDef>();
    columns.set(def.column, def);
    rows.set(def.row, columns);
    index.set(def.section, rows);
  }
  return index;
}

/** A table value, as model.ts's getValue(report, `section.row.col`) reads it, without the dotted key. */
function valueAt(tree: ValueTree, row: string, col: string): number | null | undefined {
  const value = tree[row]?.[col];
  return typeof value === 'number' || value === null ? value : undefined;
}

export function checkReport(report: Checked): Finding[] {
  return [...checkApplications(report), ...checkReview(report), ...checkProse(report), ...checkValues(report)];
}

// The findings themselves are built outside the loops below: a broken rule is rare, so when
// the first one turns up the optimised loop has never run that code and is thrown away, and
// V8 then recompiled the whole loop with the message templates inlined (~50 ms per compile,
// five times over the first few thousand reports of an import).
function checkApplications(report: Checked): Finding[] {
  if (!report.applicationsLayout) return [];
  const findings: Finding[] = [];
  const applications = report.applications as ValueTree;
  const outcome = OUTCOME_ROWS[report.applicationsLayout];
  for (const column of APPLICATION_COLUMNS) {
    const col = column.key;
    const rec = valueAt(applications, 'received', col);
    const over = valueAt(applications, 'carriedOver', col);
    const handled = valueAt(applications, 'handledTotal', col);
    const forward = valueAt(applications, 'carriedForward', col);
    if (isNum(rec) && isNum(over) && isNum(handled) && isNum(forward) && rec + over !== handled + forward) {
      findings.push(balanceFinding(column, rec, over, handled, forward));
    }
    if (isNum(handled)) {
      // The outcome rows' sum, in row order; undefined when one of them is not a number.
      let sum: number | undefined = 0;
      for (const row of outcome) {
        const part = valueAt(applications, row, col);
        sum = isNum(part) && sum !== undefined ? sum + part : undefined;
        if (sum === undefined) break;
      }
      if (sum !== undefined && sum !== handled) findings.push(outcomeFinding(column, outcome, sum, handled));
    }
  }
  // for…in and a plain sum rather than Object.entries, map and reduce: no arrays per row.
  for (const row in applications) {
    const cells = applications[row];
    const def = APPLICATION_ROW_BY_KEY.get(row);
    if (!cells || !def) continue; // derived groups add up by construction
    const sum = sumIfNumbers(cells, SIX_COLUMNS);
    if (!isNum(cells.total) || sum === undefined) continue;
    if (sum !== cells.total) findings.push(rowTotalFinding(row, def.label, sum, cells.total));
  }
  return findings;
}

type Column = (typeof APPLICATION_COLUMNS)[number];

/** R1: received + carried over = handled + carried forward, per column. */
function balanceFinding(column: Column, rec: number, over: number, handled: number, forward: number): Finding {
  return {
    rule: 'R1',
    severity: 'error',
    cells: ['received', 'carriedOver', 'handledTotal', 'carriedForward'].map((r) => `applications.${r}.${column.key}`),
    expected: rec + over,
    actual: handled + forward,
    message: `第三部分“${column.label}”列：本年新收(${rec})+上年结转(${over})应等于办理结果总计(${handled})+结转下年度(${forward})`,
  };
}

/** R2: the outcome rows add up to the handled total, per column. */
function outcomeFinding(column: Column, outcome: readonly string[], sum: number, handled: number): Finding {
  return {
    rule: 'R2',
    severity: 'error',
    cells: [`applications.handledTotal.${column.key}`, ...outcome.map((row) => `applications.${row}.${column.key}`)],
    expected: sum,
    actual: handled,
    message: `第三部分“${column.label}”列：（七）总计(${handled})应等于各项办理结果之和(${sum})`,
  };
}

/** R3: the six applicant columns add up to the row's total. */
function rowTotalFinding(row: string, label: string, sum: number, total: number): Finding {
  return {
    rule: 'R3',
    severity: 'error',
    cells: APPLICATION_COLUMNS.map((c) => `applications.${row}.${c.key}`),
    expected: sum,
    actual: total,
    message: `第三部分“${label}”行：总计(${total})应等于自然人及各类法人或其他组织之和(${sum})`,
  };
}

function checkReview(report: Checked): Finding[] {
  const findings: Finding[] = [];
  for (const block of REVIEW_BLOCKS) {
    const cells = report.reviewLitigation[block.key];
    if (!cells) continue;
    const parts = REVIEW_COLUMNS.slice(0, 4).map((c) => cells[c.key]);
    if (!isNum(cells.total) || !parts.every(isNum)) continue;
    const sum = parts.reduce<number>((a, b) => a + (b ?? 0), 0);
    if (sum !== cells.total) findings.push(reviewTotalFinding(block, parts, sum, cells.total));
  }
  return findings;
}

/** R4: a review or lawsuit block's results add up to its total (built apart, as the R1–R3 findings are). */
function reviewTotalFinding(block: (typeof REVIEW_BLOCKS)[number], parts: (number | null | undefined)[], sum: number, total: number): Finding {
  return {
    rule: 'R4',
    severity: 'error',
    cells: REVIEW_COLUMNS.map((c) => `reviewLitigation.${block.key}.${c.key}`),
    expected: sum,
    actual: total,
    message: `第四部分“${block.label}”：总计(${total})应等于结果维持(${parts[0]})+结果纠正(${parts[1]})+其他结果(${parts[2]})+尚未审结(${parts[3]})=${sum}`,
  };
}

function checkProse(report: Checked): Finding[] {
  const findings: Finding[] = [];
  const stated = report.overview.applicationsStated;
  const received = valueAt(report.applications as ValueTree, 'received', 'total');
  if (isNum(stated) && isNum(received) && stated !== received) {
    findings.push({
      rule: 'R5',
      severity: 'warning',
      cells: ['overview.applicationsStated', 'applications.received.total'],
      expected: received,
      actual: stated,
      message: `第一部分正文所述收到申请${stated}件，与第三部分“本年新收政府信息公开申请数量”总计(${received})不一致`,
    });
  }
  const { total, channels } = report.publications;
  if (isNum(total) && channels.length > 0) {
    const sum = channels.reduce((a, ch) => a + ch.count, 0);
    if (sum !== total) {
      findings.push({
        rule: 'R5',
        severity: 'warning',
        cells: ['publications.total', 'publications.channels'],
        expected: total,
        actual: sum,
        message: `第一部分：全年发布信息${total}条，与各渠道发布数之和${sum}条（${channels.map((c) => `${c.name}${c.count}条`).join('、')}）不一致`,
      });
    }
  }
  return findings;
}

function checkValues(report: Checked): Finding[] {
  const findings: Finding[] = [];
  for (const section of TABLE_SECTIONS) {
    const tree = report[section as 'article20' | 'applications' | 'reviewLitigation'] as ValueTree;
    const defs = DEF_BY_CELL.get(section);
    for (const row in tree) {
      const cells = tree[row];
      if (!cells) continue;
      const rowDefs = defs?.get(row);
      for (const col in cells) {
        const value = cells[col];
        // A non-negative integer breaks no rule below: most cells end here, without a lookup.
        if (typeof value !== 'number' || (Number.isInteger(value) && value >= 0)) continue;
        const def = rowDefs?.get(col);
        if (!isNum(value) || !def) continue;
        const key = def.key; // == `${section}.${row}.${col}`
        const money = def.kind === 'amountWan' || def.kind === 'amountYuan';
        const bad = def.kind === 'change' ? !Number.isInteger(value) : value < 0 || (!money && !Number.isInteger(value));
        if (bad) {
          findings.push({
            rule: 'R7',
            severity: 'error',
            cells: [key],
            expected: money ? '非负数' : '非负整数',
            actual: value,
            message: `“${def.label}”为${value}，${money ? '金额应为非负数' : '件数应为非负整数'}`,
          });
        }
      }
    }
  }
  if (isNum(report.year) && isNum(report.yearInText) && report.year !== report.yearInText) {
    findings.push({
      rule: 'R7',
      severity: 'warning',
      cells: [],
      expected: report.year,
      actual: report.yearInText,
      message: `标题中的报告年度为${report.year}年，正文所述年度为${report.yearInText}年`,
    });
  }
  for (const missing of report.unreadable.filter((u) => u.reason === 'missing-section')) {
    const def = SECTION_BY_ID.get(missing.section as SectionId);
    findings.push({
      rule: 'R7',
      severity: TABLE_SECTIONS.includes(missing.section) ? 'error' : 'warning',
      cells: missing.keys,
      expected: def ? `第${def.ordinal}部分“${def.label}”` : missing.section,
      actual: null,
      message: def ? `报告缺少第${def.ordinal}部分“${def.label}”${missing.message.includes('另设') ? '（另设“信息处理费收取情况”部分）' : ''}` : missing.message,
    });
  }
  return findings;
}

/** The sum of the cells in `columns` (in their order), or undefined when one is not a number. */
function sumIfNumbers(cells: Record<string, number | null>, columns: readonly string[]): number | undefined {
  let sum = 0;
  for (const column of columns) {
    const value = cells[column];
    if (!isNum(value)) return undefined;
    sum += value;
  }
  return sum;
}

function isNum(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
