import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The rule sets every page is held to: WCAG 2.0–2.2 A and AA, and axe's best practices. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Lays out the blocks the browser otherwise lays out only near the viewport (`content-visibility:
 * auto`, global.css): axe measures boxes (target sizes, contrast), and a reader sees such a block
 * laid out whenever it is on screen.
 */
export async function layOutWholePage(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const block of document.querySelectorAll<HTMLElement>('.laid-out-when-near')) block.style.contentVisibility = 'visible';
  });
}

/** Runs axe on the page as it is, all of it laid out, and fails with each violation's rule, help and first targets. */
export async function expectNoViolations(page: Page): Promise<void> {
  await layOutWholePage(page);
  const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );
  expect(summary).toEqual([]);
}
