// The generated numbers obey the 勾稽关系 (checked here with our own sums, not the product's
// checker), faults break exactly the rule the manifest names, and volumes look like townships.
import { describe, expect, it } from 'vitest';
import { generateDataset, type GeneratedReport } from './dataset.ts';
import type { FaultRule } from './faults.ts';
import { APPLICANT_KEYS, listPrintedApplicationRows, type ReportFigures } from './figures-types.ts';

const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025];
const COLUMNS = [...APPLICANT_KEYS, 'total'] as const;

function brokenRules(f: ReportFigures, previous: ReportFigures | undefined): Set<FaultRule | 'R7'> {
  const broken = new Set<FaultRule | 'R7'>();
  const rows = listPrintedApplicationRows(f.formatVersion);
  const row = (key: string) => f.applications[key as keyof ReportFigures['applications']];
  const outcomeRows = rows.filter((k) => !['received', 'carriedOver', 'handledTotal', 'carriedForward'].includes(k));
  for (const column of COLUMNS) {
    const value = (key: string) => row(key)?.[column] ?? NaN;
    if (value('received') + value('carriedOver') !== value('handledTotal') + value('carriedForward')) broken.add('R1');
    if (outcomeRows.reduce((sum, key) => sum + value(key), 0) !== value('handledTotal')) broken.add('R2');
  }
  for (const key of rows) {
    const counts = row(key);
    if (!counts) throw new Error(`missing row ${key}`);
    if (APPLICANT_KEYS.reduce((sum, c) => sum + counts[c], 0) !== counts.total) broken.add('R3');
    if (Object.values(counts).some((v) => !Number.isInteger(v) || v < 0)) broken.add('R7');
  }
  for (const block of Object.values(f.reviewLitigation)) {
    if (block.upheld + block.corrected + block.other + block.pending !== block.total) broken.add('R4');
  }
  if (f.applicationsStated !== row('received')?.total) broken.add('R5');
  if (f.publications.total !== f.publications.channels.reduce((sum, c) => sum + c.count, 0)) broken.add('R5');
  if (previous) {
    for (const column of COLUMNS) {
      if (row('carriedOver')?.[column] !== previous.applications.carriedForward?.[column]) broken.add('R6');
    }
    const docs = f.article20.normativeDocs ?? {};
    const before = previous.article20.normativeDocs ?? {};
    // Across the 2020→2021 layout change, 对外公开总数量 is the stock 现行有效件数 continues from.
    const stock = before.inForce ?? before.totalPublished ?? NaN;
    if (f.formatVersion === '2021' && docs.inForce !== stock + (docs.issued ?? NaN) - (docs.repealed ?? NaN)) broken.add('R6');
    if (f.formatVersion === '2019' && docs.totalPublished !== stock + (docs.newlyPublished ?? NaN)) broken.add('R6');
    for (const [key, values] of Object.entries(f.article20)) {
      const last = previous.article20[key as keyof ReportFigures['article20']];
      if (values && 'previousCount' in values && last && 'previousCount' in last) {
        if (values.previousCount !== (last.previousCount ?? NaN) + (last.change ?? NaN)) broken.add('R6');
      }
    }
  }
  for (const values of Object.values(f.article20)) {
    for (const [column, v] of Object.entries(values ?? {})) {
      if (column !== 'change' && (v < 0 || (column !== 'amountWan' && !Number.isInteger(v)))) broken.add('R7');
    }
  }
  return broken;
}

/** Reports with the same town's previous-year report beside them. */
function withPrevious(reports: readonly GeneratedReport[]): { report: GeneratedReport; previous: GeneratedReport | undefined }[] {
  const byKey = new Map(reports.map((r) => [`${r.meta.region.code}:${r.meta.year}`, r]));
  return reports.map((report) => ({ report, previous: byKey.get(`${report.meta.region.code}:${report.meta.year - 1}`) }));
}

describe('generated numbers', () => {
  const dataset = generateDataset({ seed: 'consistency', counties: 3, townsPerCounty: 12, years: YEARS, formats: ['text'] });

  it('hold R1–R7 in every report without a fault (own sums, across years too)', () => {
    const clean = withPrevious(dataset.reports).filter(({ report }) => !report.meta.fault);
    expect(clean.length).toBeGreaterThan(200);
    for (const { report, previous } of clean) {
      expect([...brokenRules(report.figures, previous?.figures)], report.fileName).toEqual([]);
    }
  });

  it('fault only a small share of reports by default', () => {
    const faulty = dataset.reports.filter((r) => r.meta.fault).length;
    expect(faulty).toBeGreaterThan(0);
    expect(faulty / dataset.reports.length).toBeLessThan(0.08);
  });

  it('look like townships: volumes, applicants, penalties, fees, reviews', () => {
    const figures = dataset.reports.map((r) => r.figures);
    for (const f of figures) {
      expect(f.publications.total).toBeGreaterThanOrEqual(50);
      expect(f.publications.total).toBeLessThanOrEqual(1500);
      expect(f.article20.penalty?.decisions).toBeLessThanOrEqual(60);
      const fee = f.article20.fees?.amountWan ?? 0;
      expect(Math.round(fee * 100)).toBeCloseTo(fee * 100, 6);
    }
    const received = figures.map((f) => f.applications.received?.total ?? 0).sort((a, b) => a - b);
    expect(received[Math.floor(received.length / 2)]).toBeLessThanOrEqual(5);
    expect(received[Math.floor(received.length * 0.9)]).toBeLessThanOrEqual(15);
    expect(received[received.length - 1]).toBeGreaterThan(0);
    const natural = figures.reduce((s, f) => s + (f.applications.received?.naturalPerson ?? 0), 0);
    expect(natural / received.reduce((a, b) => a + b, 0)).toBeGreaterThan(0.7);
    const reviewed = figures.filter((f) => f.reviewLitigation.review.total > 0).length;
    expect(reviewed / figures.length).toBeLessThan(0.15);
  });

  it('keep a town at a similar size from year to year', () => {
    const byTown = new Map<string, number[]>();
    for (const r of dataset.reports) byTown.set(r.meta.region.code, [...(byTown.get(r.meta.region.code) ?? []), r.figures.publications.total]);
    for (const volumes of byTown.values()) {
      expect(Math.max(...volumes) / Math.min(...volumes)).toBeLessThan(3);
    }
  });
});

describe('deliberate faults', () => {
  const dataset = generateDataset({ seed: 'faults', counties: 2, townsPerCounty: 10, years: YEARS, formats: ['text'], faultRate: 0.5 });
  const pairs = withPrevious(dataset.reports);

  it('cover every rule R1–R6', () => {
    const rules = new Set(dataset.reports.flatMap((r) => (r.meta.fault ? [r.meta.fault.rule] : [])));
    expect([...rules].sort()).toEqual(['R1', 'R2', 'R3', 'R4', 'R5', 'R6']);
  });

  it('break exactly the rule the manifest names, and nothing else', () => {
    for (const { report, previous } of pairs) {
      const expected = report.meta.fault ? [report.meta.fault.rule] : [];
      expect([...brokenRules(report.figures, previous?.figures)], `${report.fileName}: ${report.meta.fault?.description ?? ''}`).toEqual(expected);
    }
  });

  it('are described in the manifest with the cells they touch', () => {
    for (const file of dataset.manifest.files.filter((f) => f.fault)) {
      expect(file.fault?.description.length).toBeGreaterThan(10);
      expect(file.fault?.cells.length).toBeGreaterThan(0);
    }
  });
});
