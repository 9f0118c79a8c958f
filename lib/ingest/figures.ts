// From a read report to the dashboard's summary figures (one typed row per report, besides the
// version's JSON).
import type { ValueTrees } from '../report/cells.ts';
import { getValue, type ReadReport } from '../report/model.ts';


export type SummaryFigures = {
  formatVersion: string;
  publications: number | null;
  received: number | null;
  carriedOver: number | null;
  granted: number | null;
  partiallyGranted: number | null;
  denied: number | null;
  unavailable: number | null;
  notProcessed: number | null;
  otherOutcome: number | null;
  handledTotal: number | null;
  carriedForward: number | null;
  licensing: number | null;
  penalties: number | null;
  coercion: number | null;
  feesWan: number | null;
  reviews: number | null;
  lawsuits: number | null;
};

function value(report: ValueTrees, key: string): number | null {
  const read = getValue(report, key);
  return typeof read === 'number' && Number.isFinite(read) ? read : null;
}

function sumOrNull(...values: (number | null)[]): number | null {
  return values.some((v) => v === null) ? null : values.reduce<number>((sum, v) => sum + (v ?? 0), 0);
}

/** Whole counts only: the summary columns are integers; a fractional count is a reading fault. */
function count(report: ValueTrees, key: string): number | null {
  const read = value(report, key);
  return read !== null && Number.isInteger(read) ? read : null;
}

export function summarizeReport(report: ValueTrees & Pick<ReadReport, 'formatVersion'>): SummaryFigures {
  return {
    formatVersion: report.formatVersion ?? 'unknown',
    publications: count(report, 'publications.total'),
    received: count(report, 'applications.received.total'),
    carriedOver: count(report, 'applications.carriedOver.total'),
    granted: count(report, 'applications.granted.total'),
    partiallyGranted: count(report, 'applications.partiallyGranted.total'),
    denied: count(report, 'applications.denied.total'),
    unavailable: count(report, 'applications.unavailable.total'),
    notProcessed: count(report, 'applications.notProcessed.total'),
    otherOutcome: count(report, 'applications.other.total'),
    handledTotal: count(report, 'applications.handledTotal.total'),
    carriedForward: count(report, 'applications.carriedForward.total'),
    licensing: count(report, 'article20.licensing.decisions'),
    penalties: count(report, 'article20.penalty.decisions'),
    coercion: count(report, 'article20.coercion.decisions'),
    feesWan: value(report, 'article20.fees.amountWan'),
    reviews: count(report, 'reviewLitigation.review.total'),
    lawsuits: sumOrNull(count(report, 'reviewLitigation.suitDirect.total'), count(report, 'reviewLitigation.suitAfterReview.total')),
  };
}
