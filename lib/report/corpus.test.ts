// The real corpus (../shared/corpus/real, outside the repo): facts checked by reading each file.
// Text files go through this module's own reader; PDF/HTML go through read/pdf.ts and read/html.ts.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReport, type ReadReport } from './index.ts';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const corpus = path.resolve(repoRoot, '..', 'shared', 'corpus', 'real');
const present = existsSync(corpus);
if (!present) console.warn(`corpus.test.ts: ${corpus} not found — corpus tests skipped`);

const reports = new Map<string, ReadReport>();
async function read(name: string): Promise<ReadReport> {
  const cached = reports.get(name);
  if (cached) return cached;
  const report = await readReport(new Uint8Array(readFileSync(path.join(corpus, name))), name);
  reports.set(name, report);
  return report;
}
const row = (values: number[]) => ({
  naturalPerson: values[0],
  business: values[1],
  research: values[2],
  publicInterest: values[3],
  legalService: values[4],
  otherOrg: values[5],
  total: values[6],
});
const rulesOf = (r: ReadReport) => [...new Set(r.findings.map((f) => f.rule))].sort();
const unreadableKeys = (r: ReadReport, reason: string) => r.unreadable.filter((u) => u.reason === reason).flatMap((u) => u.keys);

describe.skipIf(!present)('real corpus: Pingtan crawler text', () => {
  it('county-2018 is the pre-2019 format, its tables reported as not supported', async () => {
    const r = await read('fujian-pingtan-county-2018.txt');
    expect([r.unit, r.year, r.formatVersion]).toEqual(['平潭综合实验区', 2018, 'pre2019']);
    expect(r.unreadable.filter((u) => u.reason === 'not-supported').map((u) => u.section)).toEqual(['article20', 'applications', 'reviewLitigation']);
    expect(r.applications).toEqual({});
  });

  it('county-2019: 23 applications; the 2019-format glued rows without arithmetic are reported', async () => {
    const r = await read('fujian-pingtan-county-2019.txt');
    expect(r.formatVersion).toBe('2019');
    expect(r.applications.received).toEqual(row([23, 0, 0, 0, 0, 0, 23]));
    expect([r.applications.granted?.total, r.applications.unavailableNotHeld?.total, r.applications.unavailableUnclear?.total]).toEqual([7, 7, 5]);
    expect(unreadableKeys(r, 'ambiguous')).toEqual(expect.arrayContaining(['article20.licensing.decisions', 'article20.procurement.amountYuan']));
    expect(rulesOf(r)).toEqual([]);
  });

  it('county-2024: 218 applications and section 四 split by the block totals', async () => {
    const r = await read('fujian-pingtan-county-2024.txt');
    expect(r.applications.received).toEqual(row([217, 1, 0, 0, 0, 0, 218]));
    expect(r.applications.otherOther).toEqual(row([1, 1, 0, 0, 0, 0, 2]));
    expect(r.reviewLitigation.review).toEqual({ upheld: 2, corrected: 1, other: 3, pending: 1, total: 7 });
    expect(r.reviewLitigation.suitAfterReview).toEqual({ upheld: 13, corrected: 2, other: 4, pending: 0, total: 19 });
    expect([r.article20.licensing?.decisions, r.article20.penalty?.decisions, r.article20.fees?.amountWan]).toEqual([4529, 1100, 18651.06]);
    expect(unreadableKeys(r, 'ambiguous')).toEqual(['article20.normativeDocs.issued', 'article20.normativeDocs.repealed', 'article20.normativeDocs.inForce']);
    expect(rulesOf(r)).toEqual([]);
  });

  it('haitan-2019: 2019 format, 钩稽, procurement `1018703元` ambiguous', async () => {
    const r = await read('fujian-pingtan-haitan-2019.txt');
    expect([r.unit, r.year, r.formatVersion]).toEqual(['平潭综合实验区海坛片区管理局', 2019, '2019']);
    expect(r.applications.handledTotal?.total).toBe(0);
    expect(r.article20.otherServices).toEqual({ previousCount: 0, change: 3, decisions: 3 });
    expect(r.unreadable.find((u) => u.keys.includes('article20.procurement.amountYuan'))?.text).toBe('1018703元');
  });

  it('haitan-2021: 2021 report in the 2019 layout; （七）总计 1 with details 0 is an R2 finding', async () => {
    const r = await read('fujian-pingtan-haitan-2021.txt');
    expect([r.year, r.formatVersion, r.applicationsLayout]).toEqual([2021, '2019', 'single-other']);
    expect(r.regionHints.counties).toContain('平潭综合实验区');
    expect(r.regionHints.towns).toContain('海坛片区');
    const r2 = r.findings.find((f) => f.rule === 'R2');
    expect(r2?.cells[0]).toBe('applications.handledTotal.naturalPerson');
    expect([r2?.expected, r2?.actual]).toEqual([0, 1]);
  });

  it('haitan-2023: 规章 row omitted, 先行有效件数 typo, single-row （六）', async () => {
    const r = await read('fujian-pingtan-haitan-2023.txt');
    expect(r.article20.normativeDocs).toEqual({ issued: 0, repealed: 0, inForce: 0 });
    expect(r.article20.rules?.inForce).toBeNull();
    expect(r.applicationsLayout).toBe('single-other');
  });

  it('haitan-2025: 总计 column 0 while 自然人 2 gives R3 findings', async () => {
    const r = await read('fujian-pingtan-haitan-2025.txt');
    expect(r.applications.received).toEqual(row([2, 0, 0, 0, 0, 0, 0]));
    expect(r.findings.filter((f) => f.rule === 'R3').map((f) => f.cells[0])).toEqual([
      'applications.received.naturalPerson',
      'applications.partiallyGranted.naturalPerson',
      'applications.unavailableNotHeld.naturalPerson',
      'applications.handledTotal.naturalPerson',
    ]);
  });

  it('jinjing-2020 / 2023 / 2024 / 2025', async () => {
    const j20 = await read('fujian-pingtan-jinjing-2020.txt');
    expect(j20.article20.normativeDocs).toEqual({ newlyMade: 5, newlyPublished: 5, totalPublished: 5 });
    const j23 = await read('fujian-pingtan-jinjing-2023.txt');
    expect(j23.applications.carriedForward).toEqual(row([0, 0, 0, 0, 0, 0, 0]));
    expect(j23.sources['applications.carriedForward.total']?.note).toContain('空白单元格按0读取');
    const j24 = await read('fujian-pingtan-jinjing-2024.txt');
    expect([j24.applications.received?.total, j24.applications.granted?.total, j24.applications.deniedThirdParty?.total, j24.applications.notProcessedDuplicate?.total]).toEqual([8, 4, 1, 1]);
    expect(j24.findings).toEqual([]);
    const j25 = await read('fujian-pingtan-jinjing-2025.txt');
    expect(j25.applications.received).toEqual(row([11, 0, 0, 0, 0, 0, 11]));
    expect(j25.sources['applications.received.total']?.note).toContain('勾稽关系');
    expect(j25.extraSections[0]?.heading).toContain('信息处理费收取情况');
  });

  it('junshan-2020: 2 received but （七）总计 0 is an R1 finding', async () => {
    const r = await read('fujian-pingtan-junshan-2020.txt');
    expect(r.applications.received).toEqual(row([1, 0, 0, 0, 0, 1, 2]));
    const r1 = r.findings.find((f) => f.rule === 'R1' && f.cells[0] === 'applications.received.total');
    expect([r1?.expected, r1?.actual]).toEqual([2, 0]);
    expect(unreadableKeys(r, 'ambiguous')).toContain('article20.procurement.projects');
  });

  it('junshan-2022 / 2025', async () => {
    const j22 = await read('fujian-pingtan-junshan-2022.txt');
    expect(j22.article20.normativeDocs).toEqual({ issued: 0, repealed: 0, inForce: 11 });
    expect(j22.applications.unavailableNotHeld).toEqual(row([3, 0, 0, 0, 0, 2, 5]));
    expect(rulesOf(j22)).toEqual(['R2']);
    const j25 = await read('fujian-pingtan-junshan-2025.txt');
    expect(j25.sectionsFound).toEqual(['overview', 'article20', 'applications', 'reviewLitigation', 'problems', 'improvements', 'otherMatters']);
    expect(j25.reviewLitigation.review).toEqual({ upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 });
    expect(j25.applications.otherFeeUnpaid?.total).toBe(0);
    expect(j25.findings).toEqual([]);
  });

  it('suping-2019 / 2020 / 2021 / 2024', async () => {
    const s19 = await read('fujian-pingtan-suping-2019.txt');
    expect(s19.article20.procurement).toEqual({ projects: 9, amountYuan: 1522000 });
    const s20 = await read('fujian-pingtan-suping-2020.txt');
    expect([s20.unit, s20.year]).toEqual(['平潭综合实验区苏平片区管理局', 2020]);
    expect(s20.applications.granted).toEqual(row([2, 0, 0, 0, 0, 0, 2]));
    const s21 = await read('fujian-pingtan-suping-2021.txt');
    expect([s21.applications.received?.total, s21.applications.partiallyGranted?.total, s21.article20.licensing?.decisions]).toEqual([1, 1, 3]);
    const s24 = await read('fujian-pingtan-suping-2024.txt');
    expect(s24.applications.otherOther?.total).toBe(1);
    expect(s24.findings.map((f) => `${f.rule}:${f.severity}`)).toEqual(['R7:warning']);
  });
});

describe.skipIf(!present)('real corpus: derived Markdown (Shuyang)', () => {
  it('reads the exploded mini-tables and the wrong pasted header', async () => {
    const r = await read('jiangsu-shuyang-county-2025-md.txt');
    expect([r.unit, r.year, r.formatVersion]).toEqual(['沐阳县人民政府', 2025, '2021']);
    expect(r.article20.licensing?.decisions).toBe(517645);
    expect(r.applications.received?.total).toBe(713);
    expect(r.applications.carriedForward?.total).toBe(31);
    expect(r.reviewLitigation.review).toEqual({ upheld: 27, corrected: 10, other: 9, pending: 15, total: 61 });
    expect(r.findings.map((f) => [f.rule, f.expected, f.actual])).toEqual([['R5', 713, 749]]);
  });
});

// These run through the PDF and HTML readers written alongside (read/pdf.ts, read/html.ts).
describe.skipIf(!present)('real corpus: PDF and HTML', () => {
  it('hongzequ-2023.pdf: single-row （六） in a 2021 table; 行政复议 总计 0 despite 维持10/纠正1 (R4)', async () => {
    const r = await read('jiangsu-hongzequ-2023.pdf');
    expect([r.unit, r.year, r.applicationsLayout]).toEqual(['洪泽区人民政府', 2023, 'single-other']);
    expect(r.applications.received?.total).toBe(21);
    const r4 = r.findings.find((f) => f.rule === 'R4');
    expect([r4?.expected, r4?.actual]).toEqual([11, 0]);
  }, 60_000);

  it('huaian-city-2024.pdf: large numbers and decimal fees', async () => {
    const r = await read('jiangsu-huaian-city-2024.pdf');
    expect(r.unit).toBe('淮安市人民政府');
    expect([r.article20.licensing?.decisions, r.applications.received?.total]).toEqual([447228, 3119]);
  }, 60_000);

  it('jinjing-2020.html / jinjing-2023.html agree with their crawler text', async () => {
    const h20 = await read('fujian-pingtan-jinjing-2020.html');
    expect(h20.article20.procurement).toEqual({ projects: 17, amountYuan: 8810055 });
    const h23 = await read('fujian-pingtan-jinjing-2023.html');
    const t23 = await read('fujian-pingtan-jinjing-2023.txt');
    expect(h23.applications).toEqual(t23.applications);
    expect(h23.article20).toEqual(t23.article20);
  }, 60_000);
});
