import { expect, test } from '@playwright/test';
import { expectNoViolations } from './support/axe';
import { builtPages, themes, useTheme } from './support/site';

const pages = [...builtPages(), '/no-such-page/'];

for (const path of pages) {
  for (const theme of themes) {
    test(`axe finds no violations on ${path} in the ${theme} theme`, async ({ page }) => {
      await useTheme(page, theme);
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expectNoViolations(page);
    });
  }

  test(`axe finds no violations on ${path} in the automatic theme with a dark system preference`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(path);
    await expect(page.locator('html')).not.toHaveAttribute('data-theme');
    await expectNoViolations(page);
  });
}

test('axe finds no violations with a citation card open', async ({ page }) => {
  await page.goto('/learn/the-2022-cohort-study/');
  const link = page.locator('a[data-cite]').first();
  await expect(link).toHaveAttribute('data-enhanced', '');
  await link.click();
  await expect(page.locator('#citation-card')).toBeVisible();
  await expectNoViolations(page);
});
