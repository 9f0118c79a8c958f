// The report page in real Chromium against `npm start` with the demo data: section values,
// the plain-text highlight, a finding's message on keyboard focus, and every download.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parseCsv } from '../lib/export/csv.ts';

/** The report id of a town-year, found through the wide extract (what a script would do). */
async function findReportId(page: Page, town: string, year: number): Promise<string> {
  const response = await page.request.get('/api/export/wide');
  expect(response.ok()).toBe(true);
  const row = parseCsv(await response.text()).find((r) => r[4] === town && r[6] === String(year));
  expect(row, `${town} ${year} in /api/export/wide`).toBeDefined();
  return row![0]!;
}

const cell = (page: Page, key: string) => page.locator(`[id="cell-${key}"]`);

test('the 承留镇 2024 report shows sections 三 and 四 as published, with its source', async ({ page }, testInfo) => {
  const id = await findReportId(page, '承留镇', 2024);
  await page.goto(`/reports/${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('承留镇人民政府 2024 年政府信息公开工作年度报告');
  await expect(page.getByRole('heading', { name: '三、收到和处理政府信息公开申请情况' })).toBeVisible();
  await expect(cell(page, 'applications.received.total')).toHaveText('4');
  await expect(cell(page, 'applications.granted.total')).toHaveText('1');
  await expect(cell(page, 'applications.unavailableNotHeld.total')).toHaveText('2');
  await expect(cell(page, 'applications.otherOther.total')).toHaveText('1');
  await expect(cell(page, 'applications.handledTotal.total')).toHaveText('4');
  await expect(page.locator('.applications-table tbody tr')).toHaveCount(25);
  await expect(cell(page, 'reviewLitigation.review.pending')).toHaveText('1');
  await expect(cell(page, 'reviewLitigation.review.total')).toHaveText('1');

  // Focusing a number marks where it was read in the plain text.
  await page.getByRole('button', { name: '一、本年新收政府信息公开申请数量·总计：4' }).focus();
  await expect(page.locator('.source-bar')).toContainText('读自原文');
  await expect(page.locator('pre.plain-text mark')).toHaveText('4');
  await page.screenshot({ path: testInfo.outputPath('report-chengliu-2024.png'), fullPage: true });

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '下载原始文件' }).click()]);
  expect(download.suggestedFilename()).toMatch(/chengliu-2024.*\.txt$/); // the seed file (or a corrected re-import)
  expect(readFileSync(await download.path(), 'utf8')).toContain('承留镇');
});

test('each CSV downloads from the report page with BOM, header and the 承留镇 row', async ({ page }) => {
  await page.goto(`/reports/${await findReportId(page, '承留镇', 2024)}`);
  const downloads = page.getByRole('region', { name: '下载数据（CSV）' }).getByRole('link');
  const expectations: [string, string, string][] = [
    ['本报告全部单元格（长表）', 'report_id,province,city,county,town,unit,year,format_version,key,label,value', '_report'],
    ['本乡镇各年度汇总（宽表）', 'report_id,province,city,county,town,unit,year,format_version,publications_total', '_wide.csv'],
    ['本乡镇各年度全部单元格（长表）', 'report_id,province,city,county,town,unit,year,format_version,key,label,value', '_long.csv'],
    ['本乡镇各年度核对问题', 'report_id,province,city,county,town,unit,year,format_version,rule,severity', '_findings.csv'],
  ];
  await expect(downloads).toHaveCount(expectations.length);
  for (const [name, header, suffix] of expectations) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^gongkai_承留镇_.*${suffix}`));
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parseCsv(bytes.toString('utf8'));
    expect(records[0]!.join(',').startsWith(header), name).toBe(true);
    if (!suffix.includes('findings')) expect(records.some((r) => r[4] === '承留镇' && r[6] === '2024'), name).toBe(true);
    if (suffix === '_report') expect(records.find((r) => r[8] === 'applications.received.total')?.[10]).toBe('4');
  }
});

test('a cell with a finding shows the finding on keyboard focus', async ({ page }) => {
  const response = await page.request.get('/api/export/findings');
  const finding = parseCsv(await response.text()).slice(1)[0];
  // The seed report has no findings; the synthetic county brings some. Without them the
  // same markup is checked by test/integration/report-page.test.ts.
  test.skip(!finding, 'the demo data has no findings');
  const [reportId, key, message] = [finding![0]!, finding![10]!.split(';')[0]!, finding![14]!];
  await page.goto(`/reports/${reportId}`);
  const button = cell(page, key).getByRole('button');
  await button.focus();
  const tip = cell(page, key).getByRole('tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(message.replace(/^'/, ''));
  await expect(button).toHaveAttribute('aria-describedby', `tip-${key}`);
  await page.getByRole('region', { name: /核对发现的问题/ }).getByRole('link').first().click();
  await expect(page).toHaveURL(/#cell-/);
});
