// The numbers of one generated report, keyed by the canonical keys of lib/report/format.ts so
// that tests compare them directly with what the reader reads back.
import {
  APPLICATION_COLUMNS,
  APPLICATION_OTHER_SINGLE_ROW,
  APPLICATION_ROWS,
  listOutcomeRowKeys,
  type ApplicationColumnKey,
  type ApplicationKey,
  type Article20RowKey,
  type ReviewBlockKey,
  type ReviewColumnKey,
} from '../../report/format.ts';

export type TableFormat = '2019' | '2021';

export type ApplicationCounts = Record<ApplicationColumnKey, number>;

export type Channel = { name: string; count: number };

export type ReportFigures = {
  year: number;
  formatVersion: TableFormat;
  /** `total` is the number the prose states; it equals the channel sum unless an R5 fault says otherwise. */
  publications: { total: number; channels: Channel[] };
  /** Applications received as stated in 一(二); equals 三 row 1 总计 unless an R5 fault says otherwise. */
  applicationsStated: number;
  /** Row key → column key → value; only the rows and columns the report's format prints. */
  article20: Partial<Record<Article20RowKey, Record<string, number>>>;
  /** The printed rows of 三 in printed order (2019: one `other` row instead of the three other* rows). */
  applications: Partial<Record<ApplicationKey, ApplicationCounts>>;
  reviewLitigation: Record<ReviewBlockKey, Record<ReviewColumnKey, number>>;
  /** 信息处理费 collected (元), stated in 六. */
  processingFeeYuan: number;
};

export const APPLICANT_KEYS = APPLICATION_COLUMNS.filter((c) => c.key !== 'total').map((c) => c.key);

/** The rows of section 三 as printed in the given format, in order. */
export function listPrintedApplicationRows(format: TableFormat): ApplicationKey[] {
  const rows: ApplicationKey[] = [];
  for (const row of APPLICATION_ROWS) {
    if (row.formats.includes(format)) rows.push(row.key);
    else if (row.key === 'otherNoCorrection') rows.push(APPLICATION_OTHER_SINGLE_ROW.key as ApplicationKey);
  }
  return rows;
}

/** Rows 3–23 of the printed table: the outcome rows that （七）总计 adds up. */
export function listPrintedOutcomeRows(format: TableFormat): ApplicationKey[] {
  return listOutcomeRowKeys(format === '2021' ? 'split-other' : 'single-other');
}

export function createZeroCounts(): ApplicationCounts {
  return Object.fromEntries(APPLICATION_COLUMNS.map((c) => [c.key, 0])) as ApplicationCounts;
}

/** Recomputes a row's 总计 from its six applicant columns. */
export function sumApplicants(counts: ApplicationCounts): number {
  return APPLICANT_KEYS.reduce((sum, key) => sum + counts[key], 0);
}

export function getCounts(figures: ReportFigures, row: ApplicationKey): ApplicationCounts {
  const counts = figures.applications[row];
  if (!counts) throw new Error(`row ${row} is not printed in the ${figures.formatVersion} format`);
  return counts;
}
