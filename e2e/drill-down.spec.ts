import { expect, test } from '@playwright/test';

test('a bar of the comparison chart opens the report behind it', async ({ page }) => {
  await page.goto('/compare?metric=penalties');
  const bar = page.locator('.town-bar[data-href]').first();
  await expect(bar).toBeVisible();
  const town = await bar.getAttribute('data-town');
  const href = await bar.getAttribute('data-href');
  await bar.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(town ?? '');
});

test('the home list links each report to its page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: '承留镇人民政府' }).click();
  await expect(page).toHaveURL(/\/reports\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('承留镇');
});
