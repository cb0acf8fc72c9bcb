import { expect, test, type Page } from '@playwright/test';
import { rootPort } from '../../playwright.config';
import { servedInPieces } from './support/in-pieces';
import { chapterPages, recordShifts, shifts } from './support/site';

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

// An embed is one widget: its first frame shows all of it, even when its page arrives in pieces
// (EmbedLayout's render-blocking <link rel="expect">). The pathway's embed, whose scripts wait for
// that frame, fetches none before it: when its title was painted on its own first, the frame
// script and the diagram's code went out ahead of the controls and the diagram.
for (const diagram of ['tlr4-pathway', 'nnt-icon-array', 'forest-plot', 'dose-timeline']) {
  test(`/embed/${diagram}/, arriving in pieces, paints once and whole${diagram === 'tlr4-pathway' ? ', then fetches its scripts' : ''}`, async ({
    page,
  }) => {
    const served = await servedInPieces(`http://127.0.0.1:${rootPort}`, `/embed/${diagram}/`, '</h1>');
    try {
      await page.goto(served.url);
      await expect(page.locator('.embed-credit')).toBeVisible();
      const paints = await page.evaluate(
        () =>
          new Promise<{ first: number; largest: number[]; scripts: number[] }>((resolve) =>
            new PerformanceObserver((list) =>
              resolve({
                first: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
                largest: list.getEntries().map((entry) => entry.startTime),
                scripts: (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
                  .filter((entry) => /\.(js|json)$/.test(new URL(entry.name).pathname))
                  .map((entry) => entry.startTime),
              }),
            ).observe({ type: 'largest-contentful-paint', buffered: true }),
          ),
      );
      // One frame held every candidate for the largest paint: nothing was painted before the rest arrived.
      expect(paints.largest.length).toBeGreaterThan(0);
      expect(
        paints.largest.every((time) => time === paints.first),
        JSON.stringify(paints),
      ).toBe(true);
      if (diagram === 'tlr4-pathway') expect(paints.scripts.filter((time) => time < paints.first)).toEqual([]);
    } finally {
      await served.close();
    }
  });
}

// A page's first frame holds its whole header (BaseLayout's render-blocking <link rel="expect">):
// painted while the navigation was still arriving, it shared the first line with the site's name,
// and the links that came later wrapped it onto a line of its own (a layout shift on a phone).
for (const path of ['/', '/learn/dose-matters/', '/diagrams/tlr4-pathway/']) {
  test(`${path}, arriving in pieces cut inside its navigation, does not move`, async ({ page }) => {
    const served = await servedInPieces(`http://127.0.0.1:${rootPort}`, path, '</li>');
    try {
      await page.setViewportSize({ width: 412, height: 823 });
      await recordShifts(page);
      await page.goto(served.url);
      await expect(page.locator('main h1')).toBeVisible();
      await page.waitForTimeout(500);
      expect(await shifts(page)).toEqual([]);
    } finally {
      await served.close();
    }
  });
}
