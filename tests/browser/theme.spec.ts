import { expect, test } from '@playwright/test';

test('the theme defaults to the system preference', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  await expect(page.locator('#theme-select')).toHaveValue('auto');
  const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(background).toBe('rgb(20, 22, 26)');
});

test('a chosen theme applies at once and is remembered across pages and reloads', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Theme').selectOption('projector');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  const size = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  expect(size).toBe('20px');
  await page.getByRole('link', { name: 'About' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  await expect(page.getByLabel('Theme')).toHaveValue('projector');
  await page.getByLabel('Theme').selectOption('dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByLabel('Theme').selectOption('auto');
  await page.reload();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
});
