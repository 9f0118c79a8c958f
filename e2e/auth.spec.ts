import { expect as baseExpect, test, type Page } from '@playwright/test';
import { account, createAccounts, removeAccounts } from './auth-accounts.ts';

// Signing in hashes a password (scrypt) and navigates twice: allow for a slow machine.
const expect = baseExpect.configure({ timeout: 15_000 });

const editor = account('e2e_editor', 'editor', ['河南省', '济源市']);
const admin = account('e2e_admin', 'admin');
const viewer = account('e2e_viewer', 'viewer');
const NEW_ACCOUNT = 'e2e_new@e2e.example.cn';

test.beforeAll(async () => {
  await removeAccounts([NEW_ACCOUNT]);
  await createAccounts([editor, admin, viewer]);
});

async function signIn(page: Page, login: string, password: string) {
  await page.getByLabel('邮箱或用户名').fill(login);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

async function signOut(page: Page) {
  await page.goto('/sign-out');
  await page.locator('#main').getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
}

test('an editor signs in, reaches the import page, signs out, and the import page is refused', async ({ page }, testInfo) => {
  await page.goto('/import');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fimport$/);
  await page.screenshot({ path: testInfo.outputPath('sign-in.png'), fullPage: true });
  await signIn(page, editor.username, editor.password);
  await expect(page).toHaveURL(/\/import$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('import-signed-in.png'), fullPage: true });

  await signOut(page);
  await page.goto('/import');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fimport$/);
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
});

test('a wrong password is refused with a message', async ({ page }) => {
  await page.goto('/sign-in');
  await signIn(page, viewer.email, 'not-the-password');
  await expect(page.locator('#sign-in-error')).toHaveText('邮箱（用户名）或密码不正确');
  await expect(page).toHaveURL(/\/sign-in$/);
});

test('an admin manages accounts and reads the audit log; a viewer gets the 403 page', async ({ page }, testInfo) => {
  await page.goto('/admin/users');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin%2Fusers$/);
  await signIn(page, admin.email, admin.password);
  await expect(page).toHaveURL(/\/admin\/users$/);
  const table = page.getByRole('table', { name: '所有账号及其角色与地区范围' });
  await expect(table.getByRole('row').filter({ hasText: editor.email })).toContainText('河南省 / 济源市');

  await page.getByLabel('姓名').fill('E2E 新账号');
  await page.getByLabel('邮箱', { exact: true }).fill(NEW_ACCOUNT);
  await page.getByLabel('初始密码（至少 10 位）').fill('a-long-enough-password');
  await page.getByRole('button', { name: '创建账号' }).click();
  await expect(page.getByText('账号已创建')).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: NEW_ACCOUNT })).toHaveCount(1);
  await page.screenshot({ path: testInfo.outputPath('admin-users.png'), fullPage: true });

  await page.goto('/admin/audit');
  await expect(page.getByRole('table').getByRole('row').filter({ hasText: NEW_ACCOUNT }).first()).toContainText('新建账号');
  await page.screenshot({ path: testInfo.outputPath('admin-audit.png'), fullPage: true });

  await signOut(page);
  await page.goto('/admin/users');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin%2Fusers$/);
  await signIn(page, viewer.username, viewer.password);
  await expect(page).toHaveURL(/\/forbidden$/);
  await expect(page.getByRole('heading', { name: '没有权限（403）' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('forbidden.png'), fullPage: true });
});
