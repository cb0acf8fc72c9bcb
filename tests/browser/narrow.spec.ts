import { expect, test } from '@playwright/test';
import { builtPages, chapterPages } from './support/site';

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

test("the chapters' tables keep their words whole at 320 px", async ({ page }) => {
  let tables = 0;
  for (const path of chapterPages()) {
    await page.goto(path);
    tables += await page.locator('main table').count();
    // A word cut across two lines has a box on each; words with a hyphen, dash or slash may wrap there.
    const cut = await page.evaluate(() => {
      const found: string[] = [];
      for (const cell of document.querySelectorAll('main table :is(th, td)')) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let text = walker.nextNode(); text; text = walker.nextNode()) {
          for (const match of (text.textContent ?? '').matchAll(/\S+/g)) {
            if (/[-‐–—/]/.test(match[0])) continue;
            const range = document.createRange();
            range.setStart(text, match.index);
            range.setEnd(text, match.index + match[0].length);
            const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
            if (tops.size > 1) found.push(match[0]);
          }
        }
      }
      return found;
    });
    expect(cut, `${path}: words cut across lines`).toEqual([]);
  }
  expect(tables, 'the chapters have tables to check').toBeGreaterThanOrEqual(5);
});
