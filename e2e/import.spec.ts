import { expect as baseExpect, test, type Page } from '@playwright/test';
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

test('uploads several files and follows each one’s status, also after a reload', async ({ page }, testInfo) => {
  await signInAndOpenImport(page);
  await expect(page.getByRole('heading', { name: '导入年度报告' })).toBeVisible();
  await page.getByLabel('报告文件').setInputFiles([
    { name: 'junk.bin', mimeType: 'application/octet-stream', buffer: Buffer.from([0, 1, 2, 3, 255, 254, 0, 0]) },
    { name: '未知镇-2024.txt', mimeType: 'text/plain', buffer: Buffer.from(seedText('未知镇')) },
  ]);
  await page.getByRole('button', { name: '开始导入' }).click();
  await expect(page).toHaveURL(/\/import\?batch=\d+/);
  const table = page.getByRole('table', { name: '每个文件的处理状态' });
  await expect(table.getByRole('row').filter({ hasText: 'junk.bin' })).toContainText('失败', { timeout: 20_000 });
  await expect(table.getByRole('row').filter({ hasText: '未知镇-2024.txt' })).toContainText('失败');
  await expect(page.getByRole('heading', { level: 2 })).toContainText('已完成 (2/2)');
  await page.screenshot({ path: testInfo.outputPath('import.png'), fullPage: true });

  await page.reload();
  await expect(page.getByRole('table', { name: '每个文件的处理状态' }).getByRole('row')).toHaveCount(3);
});

test('refuses an unknown region with a clear message', async ({ page }) => {
  await signInAndOpenImport(page);
  await page.getByLabel('报告文件').setInputFiles([{ name: 'a.txt', mimeType: 'text/plain', buffer: Buffer.from('x') }]);
  await page.getByLabel('所属地区（可选）').fill('无此省/无此市');
  await page.getByRole('button', { name: '开始导入' }).click();
  await expect(page.locator('form [role=alert]')).toContainText('未知地区“无此省/无此市”');
});
