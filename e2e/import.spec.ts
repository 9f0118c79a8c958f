import { expect as baseExpect, test, type Page } from '@playwright/test';
import { generateDataset } from '../lib/demo/generate/dataset.ts';
import { account, createAccounts } from './auth-accounts.ts';

// Signing in hashes a password (scrypt): allow for a slow machine.
const expect = baseExpect.configure({ timeout: 15_000 });
const importer = account('e2e_importer', 'editor');

test.beforeAll(async () => {
  await createAccounts([importer]);
});

async function signInAndOpenImport(page: Page) {
  await page.goto('/import');
  await page.getByLabel('邮箱或用户名').fill(importer.username);
  await page.getByLabel('密码').fill(importer.password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/import$/);
}

const seedText = (town: string) =>
  `${town}人民政府2024年政府信息公开工作年度报告\n一、总体情况\n全年共发布信息 5 条。\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n`;

// A 2026 report for one of the demo's synthetic towns (the demo stops at 2025): a new town-year.
function newDemoReport() {
  const dataset = generateDataset({ seed: 'gongkai-demo', counties: 3, townsPerCounty: 12, years: [2026], formats: ['html'] });
  const report = dataset.reports[0]!;
  return { name: report.fileName, town: report.meta.region.township, buffer: Buffer.from(report.bytes) };
}

test('uploads three files, follows each one’s status (also after a reload) and opens the imported report', async ({ page }, testInfo) => {
  const fresh = newDemoReport();
  await signInAndOpenImport(page);
  await expect(page.getByRole('heading', { name: '导入年度报告' })).toBeVisible();
  await page.getByLabel('报告文件').setInputFiles([
    { name: 'junk.bin', mimeType: 'application/octet-stream', buffer: Buffer.from([0, 1, 2, 3, 255, 254, 0, 0]) },
    { name: '未知镇-2024.txt', mimeType: 'text/plain', buffer: Buffer.from(seedText('未知镇')) },
    { name: fresh.name, mimeType: 'text/html', buffer: fresh.buffer },
  ]);
  await page.getByRole('button', { name: '开始导入' }).click();
  await expect(page).toHaveURL(/\/import\?batch=\d+/);
  const table = page.getByRole('table', { name: '每个文件的处理状态' });
  await expect(table.getByRole('row').filter({ hasText: 'junk.bin' })).toContainText('失败', { timeout: 20_000 });
  await expect(table.getByRole('row').filter({ hasText: '未知镇-2024.txt' })).toContainText('失败');
  const imported = table.getByRole('row').filter({ hasText: fresh.name });
  await expect(imported).toContainText('已导入', { timeout: 20_000 });
  await expect(page.getByRole('heading', { level: 2 })).toContainText('已完成 (3/3)');
  await page.screenshot({ path: testInfo.outputPath('import.png'), fullPage: true });

  await page.reload();
  await expect(page.getByRole('table', { name: '每个文件的处理状态' }).getByRole('row')).toHaveCount(4);
  await page.getByRole('table', { name: '每个文件的处理状态' }).getByRole('row').filter({ hasText: fresh.name }).getByRole('link', { name: '查看报告' }).click();
  await expect(page).toHaveURL(/\/reports\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(fresh.town);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('2026');
});

test('refuses an unknown region with a clear message', async ({ page }) => {
  await signInAndOpenImport(page);
  await page.getByLabel('报告文件').setInputFiles([{ name: 'a.txt', mimeType: 'text/plain', buffer: Buffer.from('x') }]);
  await page.getByLabel('所属地区（可选）').fill('无此省/无此市');
  await page.getByRole('button', { name: '开始导入' }).click();
  await expect(page.locator('form [role=alert]')).toContainText('未知地区“无此省/无此市”');
});
