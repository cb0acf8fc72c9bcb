import AxeBuilder from '@axe-core/playwright';
import type { AxeResults } from 'axe-core';
import { expect, type Page } from '@playwright/test';

/** The rule sets every page is held to: WCAG 2.0–2.2 A and AA, and axe's best practices. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Axe's violations on the page as it loaded, as Lighthouse sees it, and, if it has blocks the
 * browser lays out only near the viewport (`content-visibility: auto`, global.css), again with
 * them laid out, as a reader who scrolls there sees them: axe measures boxes (target sizes,
 * contrast), and a block not laid out has none to measure.
 */
export async function axeViolations(page: Page, scan: () => AxeBuilder): Promise<AxeResults['violations']> {
  const found = (await scan().analyze()).violations;
  const deferred = await page.evaluate(() => {
    const blocks = [...document.querySelectorAll<HTMLElement>('.laid-out-when-near')];
    for (const block of blocks) block.style.contentVisibility = 'visible';
    return blocks.length;
  });
  if (deferred > 0) found.push(...(await scan().analyze()).violations);
  return found;
}

/** Runs axe on the page (see axeViolations) and fails with each violation's rule, help and first targets. */
export async function expectNoViolations(page: Page): Promise<void> {
  const violations = await axeViolations(page, () => new AxeBuilder({ page }).withTags(axeTags));
  const summary = violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );
  expect(summary).toEqual([]);
}
