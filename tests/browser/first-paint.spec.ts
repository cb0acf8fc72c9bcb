import { expect, test } from '@playwright/test';
import { chapterPages } from './support/site';

// A chapter is long text whose scripts (citation and glossary cards, the self-check) only
// enhance it: they wait in inert templates until the page has painted its first text
// (AfterFirstPaint.astro), so that on a slow connection that text is not queued behind them
// (Lighthouse counts every request made before the first paint against it).
for (const path of chapterPages()) {
  test(`${path} fetches no script before its first paint, and its enhancements still load`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('a[data-cite]').first()).toHaveAttribute('data-enhanced', '');
    const early = await page.evaluate(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity;
      return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((entry) => entry.initiatorType === 'script' || entry.name.endsWith('.js'))
        .filter((entry) => entry.startTime < paint)
        .map(
          (entry) => `${new URL(entry.name).pathname} at ${entry.startTime.toFixed(0)} ms (first paint ${paint.toFixed(0)} ms)`,
        );
    });
    expect(early).toEqual([]);
    if ((await page.locator('form[data-self-check]').count()) > 0)
      await expect(page.locator('form[data-self-check]')).toHaveAttribute('data-enhanced', '');
  });
}
