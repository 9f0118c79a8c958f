import { expect, test } from '@playwright/test';

test('the home page lists the demo report of 承留镇 2024', async ({ page }, testInfo) => {
  await page.goto('/');
  await expect(page).toHaveTitle('政务公开年报看板');
  const table = page.getByRole('table', { name: '按地区与年度列出已载入的乡镇年度报告' });
  const row = table.getByRole('row').filter({ hasText: '承留镇人民政府' });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('cell')).toHaveText(['河南省 / 济源市 / 承留镇', '承留镇人民政府', '2024', '2021 版格式', 'henan-jiyuan-chengliu-2024.txt']);
  await page.screenshot({ path: testInfo.outputPath('home.png'), fullPage: true });
});
