import { expect, test } from '@playwright/test';
import { chapterPages } from './support/site';

test.use({ javaScriptEnabled: false });

for (const path of chapterPages()) {
  test(`${path} is fully readable with JavaScript off`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { name: /By the end of this chapter/ })).toBeVisible();
    expect(await page.locator('.objectives li').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.chapter-body p').count()).toBeGreaterThan(5);
    await expect(page.getByRole('heading', { name: 'Key points' })).toBeVisible();
    // The reference list is there, numbered, with working identifier links.
    const items = page.locator('.reference-list > li');
    expect(await items.count()).toBeGreaterThan(3);
    await expect(items.first().locator('a[href^="https://"]').first()).toBeVisible();
    // Every citation is a link to an item of that list, and the largest number is the last item.
    const labels = await page.locator('a[data-cite]').allTextContents();
    const largest = Math.max(...labels.flatMap((label) => label.match(/\d+/g) ?? []).map(Number));
    expect(largest).toBe(await items.count());
  });
}

test('a citation without JavaScript jumps to its entry in the reference list', async ({ page }) => {
  await page.goto(chapterPages()[0] ?? '/');
  const link = page.locator('a[data-cite]').nth(2);
  const key = (await link.getAttribute('data-cite'))!.split(',')[0];
  await link.click();
  await expect(page).toHaveURL(new RegExp(`#ref-${key}$`));
  await expect(page.locator(`#ref-${key}`)).toBeInViewport();
});

test('the theme picker stays hidden when it cannot work', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.theme-picker')).toBeHidden();
});

test("a chapter's explorables show their figure and description, not controls that cannot act", async ({ page }) => {
  const withExplorables = ['/learn/dose-matters/', '/learn/evidence-and-safety/', '/learn/the-2022-cohort-study/'];
  let figures = 0;
  for (const path of withExplorables) {
    await page.goto(path);
    for (const figure of await page.locator('figure.ex').all()) {
      figures += 1;
      await expect(figure.locator('.ex-title')).toBeVisible();
      await expect(figure.locator('svg').first()).toBeVisible();
      await expect(figure.locator('.ex-description')).not.toBeEmpty();
      for (const control of await figure.locator('input, button, select').all())
        await expect(control, `${path}: a control shows with JavaScript off`).toBeHidden();
    }
  }
  expect(figures, 'the chapters have explorables to check').toBeGreaterThanOrEqual(3);
});
