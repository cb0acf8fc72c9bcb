import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { subpathBase, subpathPort } from '../../playwright.config';
import { themes, useTheme, watchPage } from './support/site';

// The printable handout: the whole picture with its key, then every step of one scenario as a
// small multiple with its caption; pre-rendered for the default scenario, redrawn from the
// diagram page's URL parameters when JavaScript runs.
const handout = '/diagrams/tlr4-pathway/handout/';

const steps = (page: Page) => page.locator('.handout-steps figure');

async function openHydrated(page: Page, query: string) {
  await page.goto(`${handout}${query}`);
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr');
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the default scenario is pre-rendered: every step as a figure with a caption', async ({ page }) => {
    await page.goto(handout);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Handout: the TLR4 pathway, step by step');
    // The words run on into the link with a space between them.
    await expect(page.locator('.lead')).toContainText('The evidence behind each arrow is in the interactive diagram.');
    await expect(page.locator('[data-handout]')).toHaveAttribute('data-view', 'overview');
    const count = await steps(page).count();
    expect(count).toBeGreaterThan(3);
    await expect(steps(page).first().locator('figcaption')).toContainText(/Start, before signalling/);
    await expect(steps(page).nth(1).locator('figcaption')).toContainText(`Step 1 of ${count - 1}`);
    // Every small multiple is an SVG with a title and a description of its own.
    for (const svg of await steps(page).locator('svg.pathway-svg').all()) await expect(svg.locator('desc')).not.toBeEmpty();
    // One key for the whole sheet, under the whole picture.
    await expect(page.locator('.handout-whole svg .legend')).toHaveCount(1);
    await expect(steps(page).locator('.legend')).toHaveCount(0);
  });
});

test('with JavaScript, the handout redraws the scenario in the URL and links back to it', async ({ page }) => {
  const watch = watchPage(page);
  await openHydrated(page, '?view=detailed&ligand=lps&drug=ldn&contested=1&step=3');
  await expect(page.locator('[data-handout]')).toHaveAttribute('data-view', 'detailed');
  await expect(page.locator('.handout-scenario')).toContainText(
    'Detailed map: LPS, LDN 4.5 mg, microglia, contested mechanisms on',
  );
  // A handout shows every step, whatever step the link was on.
  const count = await steps(page).count();
  await expect(steps(page).last().locator('figcaption')).toContainText(`Step ${count - 1} of ${count - 1}`);
  await expect(page.getByRole('link', { name: 'Open this scenario in the interactive diagram' })).toHaveAttribute(
    'href',
    '/diagrams/tlr4-pathway/?view=detailed&drug=ldn&contested=1',
  );
  watch.expectClean();
});

test('under a sub-path, the redrawn handout links back under the sub-path', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto(`http://127.0.0.1:${subpathPort}${subpathBase}diagrams/tlr4-pathway/handout/?view=sensitization`);
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr');
  await expect(page.locator('[data-handout]')).toHaveAttribute('data-view', 'sensitization');
  await expect(page.getByRole('link', { name: 'Open this scenario in the interactive diagram' })).toHaveAttribute(
    'href',
    `${subpathBase}diagrams/tlr4-pathway/?view=sensitization`,
  );
  watch.expectClean();
});

test('a malformed parameter falls back to its default with a visible notice', async ({ page }) => {
  await openHydrated(page, '?view=sideways&drug=%3Cb%3Ex');
  await expect(page.locator('[data-handout]')).toHaveAttribute('data-view', 'overview');
  const notice = page.locator('.handout-notice');
  await expect(notice).toHaveAttribute('role', 'status');
  await expect(notice).toContainText('"view"');
  await expect(notice).toContainText('"drug"');
  await expect(page.locator('b:text("x")')).toHaveCount(0);
});

test('the view links switch the handout to another view', async ({ page }) => {
  await page.goto(handout);
  await page
    .getByRole('navigation', { name: 'Handout views' })
    .getByRole('link', { name: /opioid/i })
    .click();
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr');
  await expect(page.locator('[data-handout]')).toHaveAttribute('data-view', 'opioid');
});

test('in print, the handout keeps its figures and drops its controls', async ({ page }) => {
  await page.goto(handout);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print this handout' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Handout views' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Search' })).toBeHidden();
  await expect(steps(page).first()).toBeVisible();
  await expect(page.locator('.handout-whole svg')).toBeVisible();
});

for (const theme of themes) {
  test(`axe finds no violations on a redrawn handout, ${theme} theme`, async ({ page }) => {
    await useTheme(page, theme);
    await openHydrated(page, '?view=opioid&ligand=morphine&contested=1');
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3)}`)).toEqual([]);
  });
}
