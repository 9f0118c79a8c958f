// The dashboard against the demo data `npm start` loads (at least the seed 承留镇 2024 in
// 河南省 / 济源市; a synthetic county set may sit beside it): every assertion either selects
// 济源市 explicitly or holds for whatever towns are shown.
import { expect, test, type Page } from '@playwright/test';

async function chooseRegion(page: Page, option: string) {
  const before = page.url();
  await page.locator('select[name="region"]').selectOption({ label: option });
  await page.waitForURL((url) => url.toString() !== before);
}

/** Drills down from the whole country to 济源市 through the region filter; returns its id. */
async function openJiyuan(page: Page, path: string): Promise<string> {
  await page.goto(path);
  await chooseRegion(page, '下级：河南省');
  await chooseRegion(page, '下级：济源市');
  const region = new URL(page.url()).searchParams.get('region');
  expect(region).toMatch(/^\d+$/);
  return region!;
}

test('overview of 济源市 shows the seed figures and links each to its explanation', async ({ page }) => {
  await openJiyuan(page, '/overview');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('济源市');
  const cards = page.locator('[data-widget="overview"]');
  await expect(cards.getByRole('link', { name: /主动公开信息\s*737/ })).toHaveAttribute('href', /\/compare\?/);
  await expect(cards.getByRole('link', { name: /新收公开申请\s*4/ })).toHaveAttribute('href', /metric=outcomes/);
  await expect(cards.getByRole('link', { name: /行政处罚决定\s*10/ })).toHaveAttribute('href', /metric=penalties/);
  await expect(cards.getByRole('link', { name: /已载入报告 \/ 应报乡镇\s*1 \/ 1/ })).toHaveAttribute('href', /\/coverage\?/);
  await expect(page.locator('[data-table="children"]').getByRole('row', { name: /承留镇/ })).toContainText('737');
});

test('comparison: the chart and its table show the same numbers; a metric change updates URL and chart; reload keeps the view', async ({ page }, testInfo) => {
  const region = await openJiyuan(page, '/compare');
  const bars = page.locator('[data-chart="publications"] .town-bar');
  await expect(bars.first()).toBeVisible();
  await expect(page.locator('.town-bar[data-town="承留镇"]')).toHaveAttribute('data-value', '737');

  // Table beside the chart: same towns, same order, same values; bar lengths proportional.
  const fromBars = await bars.evaluateAll((els) => els.map((e) => ({ town: e.getAttribute('data-town'), value: e.getAttribute('data-value'), width: Number(e.getAttribute('width')) })));
  const fromTable = await page.locator('[data-table="town-values"] tbody tr').evaluateAll((rows) =>
    rows.map((r) => ({ town: r.getAttribute('data-town'), value: r.querySelector('td[data-value]')?.getAttribute('data-value') ?? null })),
  );
  expect(fromBars.map(({ town, value }) => ({ town, value }))).toEqual(fromTable);
  const withValue = fromBars.filter((b) => Number(b.value) > 0);
  const ratio = withValue[0]!.width / Number(withValue[0]!.value);
  for (const bar of withValue) expect(bar.width / Number(bar.value)).toBeCloseTo(ratio, 1);
  await expect(page.locator('[data-table="town-values"] tbody tr[data-town="承留镇"] td').first()).toContainText('737');
  await page.screenshot({ path: testInfo.outputPath('compare-publications.png'), fullPage: true });

  await page.getByRole('radio', { name: '行政处罚决定数' }).check();
  await page.waitForURL(/metric=penalties/);
  expect(new URL(page.url()).searchParams.get('region')).toBe(region);
  await expect(page.locator('[data-chart="penalties"] .town-bar[data-town="承留镇"]')).toHaveAttribute('data-value', '10');
  await expect(page.getByRole('heading', { level: 2 })).toContainText('行政处罚决定数');

  await page.reload();
  await expect(page.getByRole('radio', { name: '行政处罚决定数' })).toBeChecked();
  await expect(page.locator('[data-chart="penalties"] .town-bar[data-town="承留镇"]')).toHaveAttribute('data-value', '10');
  await page.screenshot({ path: testInfo.outputPath('compare-penalties.png'), fullPage: true });

  await page.getByRole('radio', { name: '依申请办理结果' }).check();
  await page.waitForURL(/metric=outcomes/);
  const row = page.locator('[data-table="outcomes"] tbody tr', { hasText: '承留镇' });
  await expect(row.locator('td')).toHaveText([/^4/, /^1/, /^0/, /^0/, /^2/, /^0/, /^1/]);
  await page.screenshot({ path: testInfo.outputPath('compare-outcomes.png'), fullPage: true });
});

test('sorting the table through its header keeps chart and table in the same order', async ({ page }) => {
  const region = await openJiyuan(page, '/compare');
  await page.locator('[data-table="town-values"] thead').getByRole('link', { name: /乡镇/ }).click();
  await page.waitForURL(/sort=name/);
  expect(new URL(page.url()).searchParams.get('region')).toBe(region);
  await expect(page.locator('th[aria-sort="ascending"]')).toContainText('乡镇');
  const bars = await page.locator('.town-bar').evaluateAll((els) => els.map((e) => e.getAttribute('data-town')));
  const rows = await page.locator('[data-table="town-values"] tbody tr').evaluateAll((els) => els.map((e) => e.getAttribute('data-town')));
  expect(bars).toEqual(rows);
});

test('keyboard navigation reaches the dashboard tabs and every filter', async ({ page }) => {
  await page.goto('/compare');
  const reached: string[] = [];
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    reached.push(await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return el ? `${el.tagName}:${el.getAttribute('name') ?? el.textContent?.trim() ?? ''}` : '';
    }));
  }
  expect(reached).toContain('A:乡镇对比');
  expect(reached).toContain('SELECT:region');
  expect(reached).toContain('SELECT:year');
  expect(reached.some((r) => r === 'INPUT:metric')).toBe(true);
  // Changing the year from the keyboard updates the URL.
  await page.locator('select[name="year"]').focus();
  await page.keyboard.press('ArrowDown');
  await page.waitForURL(/year=\d{4}/);
});

test('trends, town profile, coverage and quality render for 济源市', async ({ page }) => {
  const region = await openJiyuan(page, '/trends');
  await expect(page.locator('[data-table="trend"] tbody tr', { hasText: '2024' }).locator('td').first()).toHaveText('737');
  await expect(page.locator('[data-chart^="trend-"] .recharts-line')).toHaveCount(1);

  await page.goto(`/coverage?region=${region}`);
  const cell = page.locator('[data-table="coverage"] tbody tr', { hasText: '承留镇' }).locator('td').last();
  await expect(cell).toHaveAttribute('data-state', /loaded|findings/);
  await expect(page.locator('[data-table="coverage-summary"] tbody tr', { hasText: '2024' }).locator('td').nth(1)).toHaveText('1');

  await page.goto(`/quality?region=${region}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('数据质量');
  await expect(page.locator('[data-table="findings"], .empty').first()).toBeVisible();

  await page.goto(`/compare?region=${region}`);
  await page.locator('[data-table="town-values"]').getByRole('link', { name: '承留镇' }).click();
  await page.waitForURL(/\/towns\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('承留镇');
  const report = page.locator('[data-table="town-reports"] tbody tr', { hasText: '2024' });
  await expect(report).toContainText('承留镇人民政府');
  await expect(report.locator('td').nth(2)).toHaveText('737');
  await expect(report.getByRole('link', { name: '打开报告' })).toHaveAttribute('href', /^\/reports\/\d+$/);
});

test('an invalid filter is reported, and the empty state says what to do', async ({ page }) => {
  await page.goto('/compare?year=abc');
  await expect(page.getByRole('alert').filter({ hasText: '网址中的筛选条件有误' })).toContainText('year');
  await page.goto('/compare?year=2009');
  await expect(page.getByRole('status').filter({ hasText: '还没有载入报告' })).toContainText('导入');
});
