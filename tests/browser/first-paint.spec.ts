import { expect, test, type Page } from '@playwright/test';
import { chapterPages } from './support/site';

// Nothing a page needs only after its text is on screen is fetched before that: a chapter's
// scripts (citation and glossary cards, the self-check) and an embed's frame script wait in inert
// templates (AfterFirstPaint.astro), and the diagram islands (client:staged) fetch their props and
// code once the page has painted. On a slow connection the first screen is then not queued behind
// them (Lighthouse counts every request made before the first paint against it).

/** Scripts and island props files the page requested before its first contentful paint. */
async function fetchedBeforeFirstPaint(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity;
    return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((entry) => /\.(js|json)(\?|$)/.test(new URL(entry.name).pathname) && entry.startTime < paint)
      .map((entry) => `${new URL(entry.name).pathname} at ${entry.startTime.toFixed(0)} ms (first paint ${paint.toFixed(0)} ms)`);
  });
}

for (const path of chapterPages()) {
  test(`${path} fetches no script before its first paint, and its enhancements still load`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('a[data-cite]').first()).toHaveAttribute('data-enhanced', '');
    expect(await fetchedBeforeFirstPaint(page)).toEqual([]);
    if ((await page.locator('form[data-self-check]').count()) > 0)
      await expect(page.locator('form[data-self-check]')).toHaveAttribute('data-enhanced', '');
  });
}

for (const path of ['/diagrams/tlr4-pathway/', '/embed/tlr4-pathway/', '/present/tlr4-pathway/']) {
  test(`${path} fetches no script or props before its first paint, and its diagram still hydrates`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('astro-island[client="staged"]').first()).not.toHaveAttribute('ssr');
    expect(await fetchedBeforeFirstPaint(page)).toEqual([]);
  });
}
