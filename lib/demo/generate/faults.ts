// Deliberate faults: a small share of reports break exactly one rule, so that tests (and a demo
// of the quality page) can check the checker finds these and nothing else. Each fault is made so
// that it breaks only its own rule: e.g. the R1 fault raises 本年新收 in one column *and* its
// 总计, so R3 (row sums) still holds, and the prose follows the table, so R5 still holds.
import { labelOf, type ApplicationKey } from '../../report/format.ts';
import { getCounts, listPrintedOutcomeRows, type ReportFigures } from './figures-types.ts';
import type { Rng } from './prng.ts';

export type FaultRule = 'R1' | 'R2' | 'R3' | 'R4' | 'R5' | 'R6';

export type Fault = {
  rule: FaultRule;
  description: string;
  /** Canonical keys of the cells the fault changed (or, for R6, the cells the checker compares). */
  cells: string[];
};

export type FaultContext = {
  /** The same town's report of the previous year, when the data set has it. */
  previous: ReportFigures | undefined;
};

type FaultMaker = (rng: Rng, figures: ReportFigures, context: FaultContext) => Fault | undefined;

function bump(figures: ReportFigures, row: ApplicationKey, by: number): void {
  const counts = getCounts(figures, row);
  counts.naturalPerson += by;
  counts.total += by;
}

const breakR1: FaultMaker = (_rng, figures) => {
  bump(figures, 'received', 1);
  // The prose states the (wrong) table value, so only R1 breaks, not R5.
  figures.applicationsStated = getCounts(figures, 'received').total;
  return {
    rule: 'R1',
    description: '本年新收 raised by 1 (自然人 and 总计) with no matching outcome: 一+二 ≠ （七）总计+四 in those two columns',
    cells: ['applications.received.naturalPerson', 'applications.received.total'],
  };
};

const breakR2: FaultMaker = (_rng, figures) => {
  bump(figures, 'granted', 1);
  return {
    rule: 'R2',
    description: '（一）予以公开 raised by 1 (自然人 and 总计) while （七）总计 stays: 总计 ≠ sum of the outcome rows in those two columns',
    cells: ['applications.handledTotal.naturalPerson', 'applications.handledTotal.total'],
  };
};

const breakR3: FaultMaker = (rng, figures) => {
  // Move one natural-person application from one outcome row to another without touching the
  // 总计 column: column sums (R1, R2) still hold, the two rows' totals no longer do.
  const outcomes = listPrintedOutcomeRows(figures.formatVersion);
  const sources = outcomes.filter((k) => (figures.applications[k]?.naturalPerson ?? 0) > 0);
  if (sources.length === 0) return undefined;
  const from = rng.pick(sources);
  const to = rng.pick(outcomes.filter((k) => k !== from));
  getCounts(figures, from).naturalPerson -= 1;
  getCounts(figures, to).naturalPerson += 1;
  return {
    rule: 'R3',
    description: `one 自然人 application moved from ${labelOf(`applications.${from}.total`)} to ${labelOf(`applications.${to}.total`)} without updating 总计: two rows' 总计 ≠ sum of their applicant columns`,
    cells: [`applications.${from}.total`, `applications.${to}.total`],
  };
};

const breakR4: FaultMaker = (_rng, figures) => {
  const review = figures.reviewLitigation.review;
  if (review.total > 0) {
    // Seen in a real 2023 table: outcomes filled in, 总计 left at 0.
    review.total = 0;
    return { rule: 'R4', description: '行政复议 总计 printed as 0 although outcomes are filled in', cells: ['reviewLitigation.review.total'] };
  }
  review.upheld = 1;
  return { rule: 'R4', description: '行政复议 结果维持 1 with 总计 0', cells: ['reviewLitigation.review.upheld', 'reviewLitigation.review.total'] };
};

const breakR5: FaultMaker = (rng, figures) => {
  if (rng.chance(0.5)) {
    const received = getCounts(figures, 'received').total;
    const delta = received > 0 && rng.chance(0.5) ? -1 : rng.int(1, 3);
    figures.applicationsStated = received + delta;
    return {
      rule: 'R5',
      description: `一(二) states ${figures.applicationsStated} applications, table 三 row 1 总计 is ${received}`,
      cells: ['overview.applicationsStated', 'applications.received.total'],
    };
  }
  const sum = figures.publications.channels.reduce((a, c) => a + c.count, 0);
  const delta = rng.pick([-1, 1]) * rng.int(1, 30);
  figures.publications.total = sum + delta;
  return {
    rule: 'R5',
    description: `一(一) states ${figures.publications.total} publications, its channels add up to ${sum}`,
    cells: ['publications.total', 'publications.channels'],
  };
};

const breakR6: FaultMaker = (rng, figures, { previous }) => {
  if (!previous) return undefined;
  const docs = figures.article20.normativeDocs;
  const bothIn2021 = previous.formatVersion === '2021' && figures.formatVersion === '2021';
  if (bothIn2021 && docs?.inForce !== undefined && rng.chance(0.5)) {
    const delta = docs.inForce > 0 && rng.chance(0.5) ? -1 : 1;
    docs.inForce += delta;
    return {
      rule: 'R6',
      description: `现行有效件数 ${docs.inForce} ≠ last year's ${previous.article20.normativeDocs?.inForce ?? 0} + 制发 ${docs.issued ?? 0} − 废止 ${docs.repealed ?? 0}`,
      cells: ['article20.normativeDocs.inForce'],
    };
  }
  // One more application "carried over" than last year carried forward, handled this year, so
  // that this year's own arithmetic (R1–R3) still holds.
  bump(figures, 'carriedOver', 1);
  bump(figures, 'granted', 1);
  bump(figures, 'handledTotal', 1);
  return {
    rule: 'R6',
    description: `上年结转 (自然人, 总计) is 1 more than last year's 结转下年度继续办理`,
    cells: ['applications.carriedOver.naturalPerson', 'applications.carriedOver.total'],
  };
};

const MAKERS: Record<FaultRule, FaultMaker> = { R1: breakR1, R2: breakR2, R3: breakR3, R4: breakR4, R5: breakR5, R6: breakR6 };
export const FAULT_RULES = Object.keys(MAKERS) as FaultRule[];

/**
 * With probability `rate`, breaks one rule in `figures` (mutating them) and says which. Rules
 * that cannot be broken cleanly in this report (no previous year for R6, nothing to move for R3)
 * are skipped in favour of the others.
 */
export function applyRandomFault(rng: Rng, figures: ReportFigures, context: FaultContext, rate: number, rules: readonly FaultRule[] = FAULT_RULES): Fault | undefined {
  if (!rng.chance(rate)) return undefined;
  const order = [...rules];
  // Fisher–Yates with the seeded stream: the first rule that applies wins.
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [order[i], order[j]] = [order[j] as FaultRule, order[i] as FaultRule];
  }
  for (const rule of order) {
    const fault = MAKERS[rule](rng, figures, context);
    if (fault) return fault;
  }
  return undefined;
}
