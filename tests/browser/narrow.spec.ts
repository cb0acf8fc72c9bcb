import { expect, test } from '@playwright/test';
import { builtPages } from './support/site';

test.use({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });

test('navigation works at 320 px wide', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const name of ['Chapters', 'References', 'About']) await expect(nav.getByRole('link', { name })).toBeInViewport();
  await nav.getByRole('link', { name: 'Chapters' }).tap();
  await expect(page).toHaveURL(/\/learn\/$/);
  await page.locator('.chapter-list a').first().tap();
  await expect(page.locator('.chapter-number')).toHaveText(/Chapter 1/);
  await page.getByRole('link', { name: /Next chapter/ }).tap();
  await expect(page.locator('.chapter-number')).toHaveText(/Chapter 2/);
});

for (const path of builtPages()) {
  test(`${path} does not scroll sideways at 320 px`, async ({ page }) => {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
