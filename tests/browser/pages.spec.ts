import { expect, test } from '@playwright/test';
import { builtPages, watchPage } from './support/site';

const pages = builtPages();

test('the build has the landing, chapter list, two chapters, references and about pages', () => {
  expect(pages).toEqual(expect.arrayContaining(['/', '/learn/', '/references/', '/about/']));
  expect(pages.filter((page) => page.startsWith('/learn/') && page !== '/learn/').length).toBeGreaterThanOrEqual(2);
});

for (const path of pages) {
  test(`${path} loads with no console error, failed request or outside request`, async ({ page }) => {
    const watch = watchPage(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('main#main')).toBeVisible();
    await page.waitForLoadState('networkidle');
    watch.expectClean();
  });
}

test('an unknown address shows the site 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'See all chapters' }).click();
  await expect(page).toHaveURL(/\/learn\/$/);
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/about/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});
