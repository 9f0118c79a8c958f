import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAcrossYears, checkReport } from './check.ts';
import { readReportText } from './index.ts';
import type { ReadReport } from './model.ts';

const seed = readReportText(readFileSync(path.join(import.meta.dirname, 'test-fixtures/seed/henan-jiyuan-chengliu-2024.txt'), 'utf8'));
const copy = (): ReadReport => structuredClone(seed);

describe('checkReport', () => {
  it('R1: received + carried over must equal handled + carried forward', () => {
    const r = copy();
    r.applications.received = { ...r.applications.received!, naturalPerson: 5, total: 5 };
    const r1 = checkReport(r).find((f) => f.rule === 'R1');
    expect(r1?.message).toBe('第三部分“自然人”列：本年新收(5)+上年结转(0)应等于办理结果总计(4)+结转下年度(0)');
    expect([r1?.expected, r1?.actual]).toEqual([5, 4]);
    expect(r1?.cells).toContain('applications.carriedForward.naturalPerson');
  });

  it('R2 and R3: totals must add up, down and across', () => {
    const r = copy();
    r.applications.granted = { ...r.applications.granted!, business: 1 };
    const rules = checkReport(r).map((f) => `${f.rule}:${f.cells[0]}`);
    expect(rules).toContain('R2:applications.handledTotal.business');
    expect(rules).toContain('R3:applications.granted.naturalPerson');
  });

  it('R4: each block total is the sum of its four results', () => {
    const r = copy();
    r.reviewLitigation.suitDirect = { upheld: 2, corrected: 0, other: 0, pending: 0, total: 1 };
    const r4 = checkReport(r).filter((f) => f.rule === 'R4');
    expect(r4.map((f) => f.message)).toEqual(['第四部分“行政诉讼·未经复议直接起诉”：总计(1)应等于结果维持(2)+结果纠正(0)+其他结果(0)+尚未审结(0)=2']);
  });

  it('R5: prose must agree with the tables', () => {
    const r = copy();
    r.overview.applicationsStated = 5;
    r.publications.total = 700;
    const r5 = checkReport(r).filter((f) => f.rule === 'R5');
    expect(r5.map((f) => [f.expected, f.actual])).toEqual([
      [4, 5],
      [700, 737],
    ]);
  });

  it('R7: negative or fractional counts, year mismatch, missing sections', () => {
    const r = copy();
    r.article20.penalty = { decisions: -1 };
    r.applications.granted = { ...r.applications.granted!, otherOrg: 0.5 };
    r.yearInText = 2023;
    r.unreadable.push({ section: 'applications', keys: [], reason: 'missing-section', message: 'x' });
    const r7 = checkReport(r).filter((f) => f.rule === 'R7');
    expect(r7.map((f) => f.cells[0] ?? '')).toEqual(['article20.penalty.decisions', 'applications.granted.otherOrg', '', '']);
    expect(r7[3]?.severity).toBe('error');
    expect(r7[2]?.message).toBe('标题中的报告年度为2024年，正文所述年度为2023年');
  });

  it('does not check cells that could not be read', () => {
    const r = copy();
    r.applications.received = { ...r.applications.received!, naturalPerson: null };
    expect(checkReport(r).filter((f) => f.rule === 'R1' && f.cells[0]?.endsWith('naturalPerson'))).toEqual([]);
  });
});

describe('checkAcrossYears (R6)', () => {
  it('compares carried-over and in-force counts with the previous year', () => {
    const previous = copy();
    previous.year = 2023;
    previous.applications.carriedForward = { ...previous.applications.carriedForward!, naturalPerson: 2, total: 2 };
    previous.article20.normativeDocs = { issued: 0, repealed: 0, inForce: 1 };
    const findings = checkAcrossYears(previous, seed);
    expect(findings.map((f) => f.message)).toEqual([
      '第三部分“自然人”列：2024年“上年结转”(0)应等于2023年“结转下年度继续办理”(2)',
      '第三部分“总计”列：2024年“上年结转”(0)应等于2023年“结转下年度继续办理”(2)',
      '第二部分“行政规范性文件”：2024年现行有效件数(3)应等于上年现行有效(1)+本年制发(1)−本年废止(0)=2',
    ]);
  });

  it('says nothing for years that are not consecutive', () => {
    const previous = copy();
    previous.year = 2021;
    previous.applications.carriedForward = { ...previous.applications.carriedForward!, total: 9 };
    expect(checkAcrossYears(previous, seed)).toEqual([]);
  });
});
