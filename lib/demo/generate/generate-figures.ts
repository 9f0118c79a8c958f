// Plausible township numbers, year by year. A town's profile (its size, its channels, whether it
// issues licences at all) is drawn once, so big towns stay big and small ones small across years;
// the state carried from one year to the next (open applications, documents in force, item
// counts) keeps the cross-year rules (R6) true by construction.
import { ARTICLE20_ROWS, type ApplicationKey, type Article20RowKey } from '../../report/format.ts';
import {
  APPLICANT_KEYS,
  createZeroCounts,
  listPrintedApplicationRows,
  listPrintedOutcomeRows,
  sumApplicants,
  type ApplicationCounts,
  type Channel,
  type ReportFigures,
  type TableFormat,
} from './figures-types.ts';
import { splitByShares, type Rng } from './prng.ts';
import type { Township } from './regions.ts';

export type TownProfile = {
  /** Relative size: 0.4 (a small 乡) … 4 (a big town); scales every volume. */
  size: number;
  publicationsBase: number;
  /** Yearly growth of the publication volume, -0.04 … +0.12. */
  publicationsTrend: number;
  channels: { name: string; share: number }[];
  licensingRate: number;
  penaltyRate: number;
  coercionRate: number;
  feesWan: number;
  procurementRate: number;
};

/** What one year hands to the next. */
export type TownState = {
  /** Normative documents in force (2021: 现行有效件数; 2019: 对外公开总数量). */
  docsInForce: number;
  carriedForward: ApplicationCounts;
  /** 2019 format: 上一年项目数量 per row, advanced by 本年增/减 each year. */
  itemCounts: Partial<Record<Article20RowKey, number>>;
};

// Who applies: overwhelmingly private persons; a business now and then.
const APPLICANT_WEIGHTS = [0.86, 0.08, 0.005, 0.01, 0.025, 0.02];

// How applications end, by canonical row key; the 2019 format folds the three other* rows into `other`.
const OUTCOME_WEIGHTS: Partial<Record<ApplicationKey, number>> = {
  granted: 0.42, partiallyGranted: 0.08,
  deniedStateSecret: 0.004, deniedProhibitedByLaw: 0.01, deniedSecurityStability: 0.004, deniedThirdParty: 0.02,
  deniedInternalAffairs: 0.02, deniedProcessInfo: 0.02, deniedEnforcementFile: 0.01, deniedQueryMatter: 0.02,
  unavailableNotHeld: 0.2, unavailableNeedsCreation: 0.04, unavailableUnclear: 0.02,
  notProcessedComplaint: 0.04, notProcessedDuplicate: 0.02, notProcessedPublication: 0.004, notProcessedMassRepeated: 0.004,
  notProcessedConfirmation: 0.01,
  otherNoCorrection: 0.02, otherFeeUnpaid: 0.002, otherOther: 0.04, other: 0.062,
};

export function formatForYear(year: number): TableFormat {
  return year <= 2020 ? '2019' : '2021';
}

export function drawTownProfile(rng: Rng, town: Township): TownProfile {
  const big = rng.chance(0.12);
  const size = big ? 2 + 2 * rng.next() : 0.4 + 1.4 * rng.next();
  const wechat = rng.pick([`微信公众号“印象${town.shortName}”`, `微信公众平台“${town.shortName}发布”`, `微信公众号“魅力${town.shortName}”`]);
  const website = rng.pick(['政府网站', `${town.county}人民政府门户网站`, '政府信息公开平台']);
  const channels = [
    { name: wechat, share: 0.45 + 0.4 * rng.next() },
    { name: website, share: 0.12 + 0.35 * rng.next() },
  ];
  if (rng.chance(0.3)) channels.push({ name: rng.pick([`政务微博“${town.shortName}发布”`, `抖音号“${town.shortName}融媒”`, '政务公开栏']), share: 0.04 + 0.12 * rng.next() });
  return {
    size,
    publicationsBase: 40 + 300 * size * (0.6 + 0.8 * rng.next()),
    publicationsTrend: -0.04 + 0.16 * rng.next(),
    channels,
    licensingRate: rng.chance(0.45) ? size * (1 + 8 * rng.next()) : 0,
    penaltyRate: size * (2 + 10 * rng.next()),
    coercionRate: rng.chance(0.3) ? 0.3 * size : 0,
    feesWan: rng.chance(0.25) ? Math.round(size * (5 + 200 * rng.next())) / 100 : 0,
    procurementRate: rng.chance(0.4) ? size * 1.5 : 0,
  };
}

export function createInitialState(rng: Rng, profile: TownProfile): TownState {
  const carriedForward = createZeroCounts();
  // The first generated year may still have an application open from before.
  if (rng.chance(0.1 * profile.size)) {
    carriedForward.naturalPerson = 1;
    carriedForward.total = 1;
  }
  return {
    docsInForce: rng.int(0, 6),
    carriedForward,
    itemCounts: {
      licensing: profile.licensingRate > 0 ? rng.int(2, 15) : 0,
      otherServices: rng.int(0, 8),
      penalty: rng.int(5, 60),
      coercion: rng.int(0, 8),
      fees: profile.feesWan > 0 ? rng.int(1, 3) : 0,
    },
  };
}

function drawPublications(rng: Rng, profile: TownProfile, yearsSinceStart: number): { total: number; channels: Channel[] } {
  const trend = 1 + profile.publicationsTrend * yearsSinceStart;
  const total = Math.max(50, Math.min(1500, Math.round(profile.publicationsBase * trend * (0.88 + 0.24 * rng.next()))));
  const counts = splitByShares(total, profile.channels.map((c) => c.share));
  return { total, channels: profile.channels.map((c, i) => ({ name: c.name, count: counts[i] ?? 0 })) };
}

function drawApplications(rng: Rng, profile: TownProfile, state: TownState, format: TableFormat): ReportFigures['applications'] {
  const rows: ReportFigures['applications'] = {};
  for (const key of listPrintedApplicationRows(format)) rows[key] = createZeroCounts();
  const outcomes = listPrintedOutcomeRows(format);
  const weights = outcomes.map((k) => OUTCOME_WEIGHTS[k] ?? 0);
  // Mostly 0–15 a year; a rare burst (a land dispute, a demolition) multiplies it.
  const burst = rng.chance(0.02) ? 4 : 1;
  const received = rng.poisson((0.3 + 1.6 * profile.size ** 1.5) * burst);
  const add = (row: ApplicationKey, column: (typeof APPLICANT_KEYS)[number]) => {
    const counts = rows[row];
    if (counts) counts[column]++;
  };
  const pool: (typeof APPLICANT_KEYS)[number][] = [];
  for (let i = 0; i < received; i++) {
    const column = APPLICANT_KEYS[rng.weighted(APPLICANT_WEIGHTS)] ?? 'naturalPerson';
    add('received', column);
    pool.push(column);
  }
  for (const column of APPLICANT_KEYS) {
    const open = state.carriedForward[column];
    for (let i = 0; i < open; i++) {
      add('carriedOver', column);
      pool.push(column);
    }
  }
  for (const column of pool) {
    // Late-December applications are still open at year end.
    if (rng.chance(0.06)) add('carriedForward', column);
    else {
      add(outcomes[rng.weighted(weights)] ?? 'granted', column);
      add('handledTotal', column);
    }
  }
  for (const counts of Object.values(rows)) counts.total = sumApplicants(counts);
  return rows;
}

function drawReview(rng: Rng, profile: TownProfile): ReportFigures['reviewLitigation'] {
  const block = (probability: number) => {
    const counts = { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 };
    if (!rng.chance(probability)) return counts;
    const cases = rng.chance(0.8) ? 1 : 2;
    for (let i = 0; i < cases; i++) {
      const outcome = (['upheld', 'corrected', 'other', 'pending'] as const)[rng.weighted([0.5, 0.15, 0.1, 0.25])] ?? 'upheld';
      counts[outcome]++;
    }
    counts.total = cases;
    return counts;
  };
  return {
    review: block(0.03 * profile.size),
    suitDirect: block(0.012 * profile.size),
    suitAfterReview: block(0.004 * profile.size),
  };
}

function drawArticle20(rng: Rng, profile: TownProfile, state: TownState, format: TableFormat, year: number): ReportFigures['article20'] {
  const issued = rng.weighted([0.55, 0.3, 0.1, 0.05]);
  const repealed = state.docsInForce > 0 && rng.chance(0.15) ? 1 : 0;
  // Township comprehensive law enforcement (from 2021 on) raised penalty numbers.
  const penalty = Math.min(60, rng.poisson(profile.penaltyRate * (year >= 2021 ? 1.5 : 1)));
  const licensing = Math.min(300, rng.poisson(profile.licensingRate));
  const coercion = Math.min(8, rng.poisson(profile.coercionRate));
  if (format === '2021') {
    const fees = profile.feesWan > 0 ? Math.round(profile.feesWan * (80 + 40 * rng.next())) / 100 : 0;
    return {
      rules: { issued: 0, repealed: 0, inForce: 0 },
      normativeDocs: { issued, repealed, inForce: state.docsInForce + issued - repealed },
      licensing: { decisions: licensing },
      penalty: { decisions: penalty },
      coercion: { decisions: coercion },
      fees: { amountWan: fees },
    };
  }
  const items = (row: Article20RowKey, decisions?: number): Record<string, number> => {
    const previousCount = state.itemCounts[row] ?? 0;
    const change = rng.chance(0.2) ? Math.max(-previousCount, rng.int(-1, 3)) : 0;
    return decisions === undefined ? { previousCount, change } : { previousCount, change, decisions };
  };
  const projects = rng.poisson(profile.procurementRate);
  const values: ReportFigures['article20'] = {
    rules: { newlyMade: 0, newlyPublished: 0, totalPublished: 0 },
    // The 2019 layout has no repeal column: its 对外公开总数量 only grows.
    normativeDocs: { newlyMade: issued, newlyPublished: issued, totalPublished: state.docsInForce + issued },
    licensing: items('licensing', licensing),
    otherServices: items('otherServices', rng.poisson(profile.size * 3)),
    penalty: items('penalty', penalty),
    coercion: items('coercion', coercion),
    fees: items('fees'),
    procurement: { projects, amountYuan: projects * rng.int(8, 400) * 1000 + (projects > 0 ? rng.int(0, 999) : 0) },
  };
  // Keep only the columns the canonical format lists for this layout (a guard against drift).
  for (const row of ARTICLE20_ROWS) if (!row.columns[format]) delete values[row.key];
  return values;
}

export function generateYearFigures(rng: Rng, profile: TownProfile, state: TownState, year: number, yearsSinceStart: number): ReportFigures {
  const formatVersion = formatForYear(year);
  const publications = drawPublications(rng, profile, yearsSinceStart);
  const applications = drawApplications(rng, profile, state, formatVersion);
  return {
    year,
    formatVersion,
    publications,
    applicationsStated: applications.received?.total ?? 0,
    article20: drawArticle20(rng, profile, state, formatVersion, year),
    applications,
    reviewLitigation: drawReview(rng, profile),
    processingFeeYuan: 0,
  };
}

/** The state the next year starts from, read from this year's (possibly faulty) printed figures. */
export function advanceState(state: TownState, figures: ReportFigures): TownState {
  const docs = figures.article20.normativeDocs;
  const itemCounts = { ...state.itemCounts };
  for (const [row, values] of Object.entries(figures.article20)) {
    if (values && 'previousCount' in values) itemCounts[row as Article20RowKey] = (values.previousCount ?? 0) + (values.change ?? 0);
  }
  return {
    docsInForce: docs?.inForce ?? docs?.totalPublished ?? state.docsInForce,
    carriedForward: { ...(figures.applications.carriedForward ?? createZeroCounts()) },
    itemCounts,
  };
}
