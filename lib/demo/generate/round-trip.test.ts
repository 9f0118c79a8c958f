// Generated reports read back through the product's reader (lib/report): the key numbers come out
// as generated, in every output format and both layouts, and the checker's findings are exactly
// the faults the manifest lists (R1–R5 per report, R6 across consecutive years).
import { beforeAll, describe, expect, it } from 'vitest';
import { checkAcrossYears, readReport, type ReadReport } from '../../report/index.ts';
import { generateDataset, OUTPUT_FORMATS, type ReportMeta } from './dataset.ts';

// Two towns per format, 2019–2025 (both layouts), every second report faulty: every rule is
// exercised in a few dozen files (asserted below, so a seed change cannot quietly lose one).
const dataset = generateDataset({
  seed: 'round-trip-2',
  counties: 1,
  townsPerCounty: 6,
  years: [2019, 2020, 2021, 2022, 2023, 2024, 2025],
  formats: OUTPUT_FORMATS,
  faultRate: 0.5,
});

const read = new Map<string, ReadReport>();
const keyOf = (meta: Pick<ReportMeta, 'region' | 'year'>) => `${meta.region.code}:${meta.year}`;

beforeAll(async () => {
  for (const report of dataset.reports) read.set(keyOf(report.meta), await readReport(report.bytes, report.fileName));
}, 120_000);

function readBack(meta: ReportMeta): ReadReport {
  const report = read.get(keyOf(meta));
  if (!report) throw new Error(`${meta.fileName} was not read`);
  return report;
}

describe('round trip through readReport', () => {
  it('exercises every rule and both layouts in every format', () => {
    expect(new Set(dataset.manifest.files.map((f) => f.fault?.rule).filter(Boolean))).toEqual(new Set(['R1', 'R2', 'R3', 'R4', 'R5', 'R6']));
    for (const format of OUTPUT_FORMATS) {
      expect(new Set(dataset.manifest.files.filter((f) => f.format === format).map((f) => f.formatVersion))).toEqual(new Set(['2019', '2021']));
    }
  });

  describe.each(OUTPUT_FORMATS)('%s', (format) => {
    const files = dataset.manifest.files.filter((f) => f.format === format);

    it.each(files.map((f) => [f.fileName, f] as const))('%s: key numbers, layout and title', (_name, meta) => {
      const report = readBack(meta);
      expect(report.unreadable).toEqual([]);
      expect(report.year).toBe(meta.year);
      expect(report.formatVersion).toBe(meta.formatVersion);
      expect(report.applicationsLayout).toBe(meta.formatVersion === '2021' ? 'split-other' : 'single-other');
      expect({
        'publications.total': report.publications.total,
        'applications.received.total': report.applications.received?.total,
        'article20.penalty.decisions': report.article20.penalty?.decisions,
      }).toEqual(meta.expected);
    });

    it.each(files.map((f) => [f.fileName, f] as const))('%s: findings are exactly the manifest fault', (_name, meta) => {
      const report = readBack(meta);
      const previous = read.get(keyOf({ region: meta.region, year: meta.year - 1 }));
      const findings = [...report.findings, ...(previous ? checkAcrossYears(previous, report) : [])];
      const rules = [...new Set(findings.map((f) => f.rule))];
      expect(rules, meta.fault?.description ?? 'no fault').toEqual(meta.fault ? [meta.fault.rule] : []);
    });
  });

  it('reads each publication channel back by its whole name, quoted account names included', () => {
    // e.g. 通过微信公众平台“杨水发布”发布信息 144 条: the 发布 inside the quotes is part of the name.
    const quoted = dataset.reports.filter((r) => r.figures.publications.channels.some((c) => c.name.includes('发布”')));
    expect(quoted.length).toBeGreaterThan(0);
    for (const report of dataset.reports) {
      expect(readBack(report.meta).publications.channels, report.fileName).toEqual(report.figures.publications.channels);
    }
  });

  it('reads every generated number of section 三 back in a text report', () => {
    const report = dataset.reports.find((r) => r.meta.format === 'text' && r.meta.year === 2023);
    if (!report) throw new Error('no text report for 2023');
    const back = readBack(report.meta);
    for (const [row, counts] of Object.entries(report.figures.applications)) {
      expect(back.applications[row as keyof ReadReport['applications']], row).toEqual(counts);
    }
  });
});
