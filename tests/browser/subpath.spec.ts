import { expect, test } from '@playwright/test';
import { distSubpathDir, subpathBase, subpathPort } from '../../playwright.config';
import { builtPages } from './support/site';

// The same site built with BASE_PATH=/explainer/ (npm run build:subpath) and served there:
// every internal link and asset must stay under the sub-path and resolve.
const origin = `http://127.0.0.1:${subpathPort}`;

test('every internal link and asset of the sub-path build resolves under the sub-path', async ({ page, request }) => {
  const pages = builtPages(distSubpathDir).map((path) => `${subpathBase}${path.slice(1)}`);
  const checked = new Map<string, number>();
  for (const path of pages) {
    await page.goto(origin + path);
    const targets = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('a[href], link[href], script[src], img[src]')]
        .map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? '')
        .filter((value) => !/^(https?:|mailto:|data:|#)/.test(value)),
    );
    for (const target of targets) {
      const url = new URL(target, origin + path);
      expect(url.pathname, `${target} on ${path}`).toMatch(new RegExp(`^${subpathBase}`));
      const key = url.pathname;
      if (!checked.has(key)) checked.set(key, (await request.get(origin + key)).status());
      expect(checked.get(key), `${target} on ${path}`).toBe(200);
    }
  }
  expect(checked.size).toBeGreaterThan(pages.length);
});
