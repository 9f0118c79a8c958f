// R6: the same unit's consecutive reports must agree — this year's 上年结转 is last year's
// 结转下年度继续办理, and 现行有效件数 moves by 本年制发 − 本年废止.
import { APPLICATION_COLUMNS } from './format.ts';
import { getValue, type Finding, type ReadReport } from './model.ts';

type YearReport = Pick<ReadReport, 'year' | 'article20' | 'applications' | 'reviewLitigation' | 'publications' | 'overview'>;

export function checkAcrossYears(previous: YearReport, current: YearReport): Finding[] {
  if (previous.year === null || current.year === null || current.year !== previous.year + 1) return [];
  const findings: Finding[] = [];
  for (const column of APPLICATION_COLUMNS) {
    const forwardKey = `applications.carriedForward.${column.key}`;
    const overKey = `applications.carriedOver.${column.key}`;
    const forward = getValue(previous, forwardKey);
    const over = getValue(current, overKey);
    if (typeof forward === 'number' && typeof over === 'number' && forward !== over) {
      findings.push({
        rule: 'R6',
        severity: 'error',
        cells: [overKey],
        expected: forward,
        actual: over,
        message: `第三部分“${column.label}”列：${current.year}年“上年结转”(${over})应等于${previous.year}年“结转下年度继续办理”(${forward})`,
      });
    }
  }
  for (const [row, label] of [
    ['rules', '规章'],
    ['normativeDocs', '行政规范性文件'],
  ] as const) {
    const before = getValue(previous, `article20.${row}.inForce`);
    const now = getValue(current, `article20.${row}.inForce`);
    const issued = getValue(current, `article20.${row}.issued`);
    const repealed = getValue(current, `article20.${row}.repealed`);
    if ([before, now, issued, repealed].every((v) => typeof v === 'number')) {
      const expected = (before as number) + (issued as number) - (repealed as number);
      if (expected !== now) {
        findings.push({
          rule: 'R6',
          severity: 'warning',
          cells: [`article20.${row}.inForce`, `article20.${row}.issued`, `article20.${row}.repealed`],
          expected,
          actual: now as number,
          message: `第二部分“${label}”：${current.year}年现行有效件数(${now})应等于上年现行有效(${before})+本年制发(${issued})−本年废止(${repealed})=${expected}`,
        });
      }
    }
  }
  return findings;
}
