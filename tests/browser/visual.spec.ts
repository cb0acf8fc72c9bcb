import { expect, test } from '@playwright/test';
import { themes, useTheme } from './support/site';

// Each view of the pathway diagram in each theme, against committed baselines
// (tests/browser/__screenshots__/visual.spec.ts/), so that an unintended visual change fails a
// test. Deterministic: a fixed viewport and state, reduced motion, the island hydrated and the
// fonts loaded, the pointer away from the diagram, only the diagram and its key in the picture. A
// change you meant: update the baselines (see playwright.config.ts) and review them like code.
const views = ['overview', 'detailed', 'opioid', 'sensitization'] as const;
// Every kind of node state and arrow: present, active, primed, reduced, degraded; contested arrows.
const scenario = 'ligand=lps,morphine&drug=ldn&contested=1';

test.use({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', deviceScaleFactor: 1 });

for (const view of views) {
  for (const theme of themes) {
    test(`the ${view} view in the ${theme} theme looks as it did`, async ({ page }) => {
      await useTheme(page, theme);
      await page.goto(`/diagrams/tlr4-pathway/?view=${view}&${scenario}`);
      const svg = page.locator('svg.pathway-svg').first();
      await expect(page.locator('astro-island:has(svg.pathway-svg)').first()).not.toHaveAttribute('ssr');
      await expect(svg).toHaveAttribute('data-view', view);
      await page.evaluate(() => document.fonts.ready);
      await page.mouse.move(0, 0);
      // The frame: the diagram's SVG and, under it, the key (an SVG of its own, see PathwayKey).
      await expect(page.locator('.diagram-frame').first()).toHaveScreenshot(`${view}-${theme}.png`);
    });
  }
}
