// End-to-end: text in, read report out, for the seed and one small fixture per quirk class.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReportText, readReport, READER_VERSION } from './index.ts';
import { readReportSchema } from './model.ts';
import { ReportReadError } from './errors.ts';

const fixtures = path.join(import.meta.dirname, 'test-fixtures');
const load = (name: string) => readReportText(readFileSync(path.join(fixtures, name), 'utf8'), name);

describe('seed: 承留镇 2024', () => {
  const report = load('seed/henan-jiyuan-chengliu-2024.txt');

  it('reads unit, town, year and format', () => {
    expect(report.unit).toBe('承留镇人民政府');
    expect(report.regionHints.towns).toEqual(['承留镇']);
    expect(report.year).toBe(2024);
    expect(report.formatVersion).toBe('2021');
    expect(report.readerVersion).toBe(READER_VERSION);
  });

  it('reads the publication volume and channels from section 一', () => {
    expect(report.publications.total).toBe(737);
    expect(report.publications.channels.map((c) => c.count)).toEqual([640, 97]);
    expect(report.overview.applicationsStated).toBe(4);
  });

  it('names each channel by all the words before its last verb (quotes, 公开 inside a name, an unclosed quote)', () => {
    const seed = readFileSync(path.join(fixtures, 'seed/henan-jiyuan-chengliu-2024.txt'), 'utf8');
    const channelsOf = (sentence: string) =>
      readReportText(seed.replace('其中通过微信公众平台“印象承留”发布信息 640 条，通过政府网站发布信息 97 条', sentence), 'channels.txt').publications.channels;
    expect(channelsOf('其中通过微信公众平台“承留发布”发布信息 640 条，通过政府信息公开平台发布信息 97 条')).toEqual([
      { name: '微信公众平台“承留发布”', count: 640 },
      { name: '政府信息公开平台', count: 97 },
    ]);
    expect(channelsOf('其中通过微信公众号“印象承留发布信息 640 条，通过政府网站公开 97 条')).toEqual([
      { name: '微信公众号“印象承留', count: 640 },
      { name: '政府网站', count: 97 },
    ]);
  });

  it('reads section 二, 三 and 四', () => {
    expect(report.article20.penalty?.decisions).toBe(10);
    expect(report.article20.normativeDocs).toEqual({ issued: 1, repealed: 0, inForce: 3 });
    expect(report.applications.received?.total).toBe(4);
    expect(report.applications.granted?.total).toBe(1);
    expect(report.applications.unavailableNotHeld?.total).toBe(2);
    expect(report.applications.otherOther?.total).toBe(1);
    expect(report.applications.unavailable?.total).toBe(2);
    expect(report.applications.other?.naturalPerson).toBe(1);
    expect(report.reviewLitigation.review).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 });
  });

  it('finds no R1–R4 problems and nothing unreadable', () => {
    expect(report.findings.filter((f) => ['R1', 'R2', 'R3', 'R4'].includes(f.rule))).toEqual([]);
    expect(report.unreadable).toEqual([]);
  });

  it('records where values came from, pointing into the plain text', async () => {
    const source = report.sources['applications.granted.total'];
    expect(source?.method).toBe('cell');
    const text = readFileSync(path.join(fixtures, 'seed/henan-jiyuan-chengliu-2024.txt'), 'utf8');
    expect(text.slice(source?.range?.start, source?.range?.end)).toBe('1');
    expect(report.sources['publications.total']?.method).toBe('prose');
    expect(report.sources['applications.denied.total']?.method).toBe('derived');
  });

  it('conforms to the zod schema and nests JSON along the dotted keys', () => {
    const json = JSON.parse(JSON.stringify(report)) as Record<string, unknown>;
    expect(readReportSchema.parse(json).applications.deniedStateSecret?.total).toBe(0);
    expect((json.article20 as Record<string, Record<string, number>>).penalty?.decisions).toBe(10);
  });
});

describe('crawler dump with glued cells', () => {
  const report = load('text/crawler-glued-2024.txt');

  it('splits glued digits by the row arithmetic', () => {
    expect(report.applications.received).toEqual({ naturalPerson: 32, business: 1, research: 0, publicInterest: 0, legalService: 0, otherOrg: 0, total: 33 });
    expect(report.applications.granted?.naturalPerson).toBe(20);
    expect(report.applications.unavailableNotHeld?.total).toBe(10); // "100 0 0 0 010"
    expect(report.sources['applications.received.total']?.method).toBe('split');
  });

  it('splits section 四 by the block totals', () => {
    expect(report.reviewLitigation.review).toEqual({ upheld: 4, corrected: 1, other: 2, pending: 1, total: 8 });
    expect(report.reviewLitigation.suitAfterReview?.total).toBe(19);
  });

  it('handles U+3000 padding, the 先行有效件数 typo, and reports the omitted 规章 row', () => {
    expect(report.article20.normativeDocs).toEqual({ issued: 2, repealed: 0, inForce: 5 });
    expect(report.article20.rules).toEqual({ issued: null, repealed: null, inForce: null });
    expect(report.unreadable.find((u) => u.keys.includes('article20.rules.inForce'))?.reason).toBe('not-found');
    expect(report.article20.fees?.amountWan).toBe(12.5);
  });

  it('reads the 不再受理 and 其他法律和行政法规 label variants', () => {
    expect(report.applications.otherFeeUnpaid?.total).toBe(0);
    expect(report.applications.deniedProhibitedByLaw?.total).toBe(0);
  });

  it('ignores leaked site chrome and is consistent', () => {
    expect(report.sourceKind).toBe('crawler-text');
    expect(report.notes.map((n) => n.message).join()).toContain('当前位置');
    expect(report.findings).toEqual([]);
    expect(report.regionHints.provinces).toEqual(['福建省']);
    expect(report.regionHints.towns).toContain('青山镇');
  });
});

describe('ambiguous glued digits', () => {
  const report = load('text/crawler-ambiguous-2024.txt');

  it('reports rows that the arithmetic cannot decide instead of guessing', () => {
    const received = report.unreadable.find((u) => u.keys.includes('applications.received.total'));
    expect(received?.reason).toBe('ambiguous');
    expect(received?.candidates).toEqual([
      [1, 10, 0, 0, 0, 0, 11],
      [11, 0, 0, 0, 0, 0, 11],
    ]);
    expect(report.applications.received?.total).toBeNull();
    expect(report.applications.handledTotal?.naturalPerson).toBeNull();
  });

  it('reports a section-二 row without arithmetic as ambiguous', () => {
    const docs = report.unreadable.find((u) => u.keys.includes('article20.normativeDocs.inForce'));
    expect(docs?.candidates).toEqual([
      [1, 20, 3],
      [12, 0, 3],
    ]);
  });
});

describe('2021 report in the 2019 layout, cover-letter title', () => {
  const report = load('text/crawler-2019-layout-2021.txt');

  it('unwraps the cover letter title and detects the 2019 layout', () => {
    expect(report.unit).toBe('示例片区管理局');
    expect(report.year).toBe(2021);
    expect(report.formatVersion).toBe('2019');
    expect(report.applicationsLayout).toBe('single-other');
    expect(report.notes.map((n) => n.message)).toContain('2021年度报告仍使用2019年版（国办公开办函〔2019〕60号）表格格式');
  });

  it('keeps the 2019-only fields and the (九) procurement row', () => {
    expect(report.article20.penalty).toEqual({ decisions: 7, previousCount: 2, change: 0 });
    expect(report.article20.procurement).toEqual({ projects: 3, amountYuan: 1522000 });
    expect(report.applications.other?.total).toBe(0);
    expect(report.applications.otherOther).toBeUndefined();
  });

  it('flags （七）总计 1 with all details 0', () => {
    const rules = report.findings.map((f) => f.rule).sort();
    expect(rules).toEqual(['R1', 'R2', 'R3']);
    expect(report.findings.find((f) => f.rule === 'R2')?.message).toBe('第三部分“自然人”列：（七）总计(1)应等于各项办理结果之和(0)');
  });
});

describe('space-separated columns, traditional characters, full-width digits', () => {
  const report = load('text/spaces-traditional-2020.txt');

  it('reads labels written in traditional characters', () => {
    expect(report.unit).toBe('示例乡人民政府');
    expect(report.formatVersion).toBe('2019');
    expect(report.publications.total).toBe(50);
    expect(report.overview.applicationsStated).toBe(2);
    expect(report.applications.received?.total).toBe(2);
    expect(report.applications.unavailableNotHeld?.total).toBe(1);
  });

  it('reads full-width digits, negative changes, zero marks and units', () => {
    expect(report.article20.normativeDocs).toEqual({ newlyMade: 3, newlyPublished: 3, totalPublished: 7 });
    expect(report.article20.licensing).toEqual({ decisions: 4, previousCount: 5, change: -1 });
    expect(report.article20.coercion?.decisions).toBe(0);
    expect(report.sources['article20.coercion.decisions']?.note).toBe('单元格为“—”，按0读取');
    expect(report.applications.carriedOver?.total).toBe(0);
    expect(report.applications.other?.total).toBe(0);
    expect(report.article20.procurement).toEqual({ projects: 2, amountYuan: 35000 });
    expect(report.article20.fees).toEqual({ previousCount: 0, change: 0 });
  });

  it('reads 15 numbers separated by U+3000 and finds nothing wrong', () => {
    expect(report.reviewLitigation.suitAfterReview?.total).toBe(0);
    expect(report.findings).toEqual([]);
    expect(report.unreadable).toEqual([]);
  });
});

describe('Markdown pipe tables with an extra 信息处理费 section', () => {
  const report = load('text/pipe-tables-2023.md');

  it('reads the tables, the 1、 numbering and the 行政止公开 typo', () => {
    expect(report.sourceKind).toBe('markdown');
    expect(report.applications.received).toEqual({ naturalPerson: 2, business: 1, research: 0, publicInterest: 0, legalService: 0, otherOrg: 0, total: 3 });
    expect(report.applications.otherOther?.total).toBe(1);
    expect(report.applications.deniedProhibitedByLaw?.total).toBe(0);
    expect(report.reviewLitigation.suitAfterReview).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 });
    expect(report.article20.fees?.amountWan).toBe(1.25);
  });

  it('keeps the extra section and reports 六 missing and the channel sum', () => {
    expect(report.extraSections.map((s) => s.heading)).toEqual(['## 五、信息处理费收取情况']);
    expect(report.problems).toContain('政策解读形式单一');
    const r7 = report.findings.find((f) => f.rule === 'R7');
    expect(r7?.severity).toBe('warning');
    const r5 = report.findings.find((f) => f.rule === 'R5');
    expect([r5?.expected, r5?.actual]).toEqual([30, 29]);
  });
});

describe('one cell per line, 2021 table with a single （六） row', () => {
  const report = load('text/cell-lines-2022.txt');

  it('reads the tables and the single-row （六）', () => {
    expect(report.formatVersion).toBe('2021');
    expect(report.applicationsLayout).toBe('single-other');
    expect(report.applications.carriedOver?.total).toBe(1);
    expect(report.applications.handledTotal?.total).toBe(1);
    expect(report.applications.other?.total).toBe(0);
    expect(report.article20.licensing?.decisions).toBe(0);
    expect(report.article20.normativeDocs).toEqual({ issued: 0, repealed: 1, inForce: 2 });
    expect(report.overview.applicationsStated).toBe(0);
    expect(report.findings).toEqual([]);
  });
});

describe('files that cannot be read', () => {
  it('rejects empty input, non-reports and oversize files', async () => {
    expect(() => readReportText('   ')).toThrow(ReportReadError);
    expect(() => readReportText('今天天气很好。')).toThrow(/不是政府信息公开工作年度报告/);
    await expect(readReport(new Uint8Array(0), 'a.txt')).rejects.toMatchObject({ code: 'empty' });
    await expect(readReport(new Uint8Array(21 * 1024 * 1024), 'big.pdf')).rejects.toMatchObject({ code: 'too-large' });
  });

  it('reads text bytes through detection', async () => {
    const bytes = readFileSync(path.join(fixtures, 'seed/henan-jiyuan-chengliu-2024.txt'));
    const report = await readReport(new Uint8Array(bytes), 'seed.txt');
    expect(report.applications.received?.total).toBe(4);
  });
});
