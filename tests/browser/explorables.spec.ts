import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { themes, useTheme, watchPage } from './support/site';

/**
 * The three explorables where the chapters place them. A chapter that does not (yet) contain its
 * explorable is skipped with a reason, so this file can land before the chapters do.
 * DIST_DIR names the build folder being served (dist by default).
 */
const explorables = [
  { name: 'NntIconArray', marker: 'nnt-icon-array', page: '/learn/the-2022-cohort-study/' },
  { name: 'ForestPlot', marker: 'forest-plot', page: '/learn/evidence-and-safety/' },
  { name: 'DoseTimeline', marker: 'dose-timeline', page: '/learn/dose-matters/' },
] as const;
type Explorable = (typeof explorables)[number];

const distDir = process.env.DIST_DIR ?? 'dist';

function isPlaced({ marker, page }: Explorable): boolean {
  const file = path.join(distDir, page, 'index.html');
  return fs.existsSync(file) && fs.readFileSync(file, 'utf8').includes(`data-explorable="${marker}"`);
}

function skipUnlessPlaced(explorable: Explorable) {
  test.skip(!isPlaced(explorable), `${explorable.page} does not contain <${explorable.name} /> in ${distDir}/ yet`);
}

const figureOf = (page: Page, { marker }: Explorable) => page.locator(`[data-explorable="${marker}"]`);

/** Scrolls the island into view (client:near) and waits until Astro has hydrated it. */
async function hydrate(page: Page, explorable: Explorable): Promise<Locator> {
  const figure = figureOf(page, explorable);
  await figure.scrollIntoViewIfNeeded();
  await expect(page.locator(`astro-island:has([data-explorable="${explorable.marker}"])`)).not.toHaveAttribute('ssr');
  return figure;
}

/** Presses Tab from the top of the page until `control` has focus, as a keyboard user would (bounded). */
async function tabTo(page: Page, control: Locator, maxPresses = 400): Promise<void> {
  for (let presses = 0; presses < maxPresses; presses += 1) {
    await page.keyboard.press('Tab');
    if (await control.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab never reached the control after ${maxPresses} presses`);
}

const liveRegion = (figure: Locator) => figure.locator('[aria-live="polite"]');
const searchParam = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

async function expectNoAxeViolations(page: Page, explorable: Explorable) {
  const results = await new AxeBuilder({ page })
    .include(`[data-explorable="${explorable.marker}"]`)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

test.describe('NntIconArray', () => {
  const nnt = explorables[0];
  test.beforeEach(() => skipUnlessPlaced(nnt));

  test('works with the keyboard alone: Tab to the source, arrows change it, the description and URL follow', async ({ page }) => {
    const watch = watchPage(page);
    await page.goto(`${nnt.page}?keep=1#key-points`);
    const figure = await hydrate(page, nnt);
    await expect(liveRegion(figure)).toContainText('Modelled NNT 3.2');
    await tabTo(page, figure.getByRole('radio', { name: /2022 cohort/ }));
    await page.keyboard.press('ArrowDown');
    await expect(figure.getByRole('radio', { name: /Younger/ })).toBeChecked();
    await expect(liveRegion(figure)).toContainText('NNT = 1 ÷ ARR = 1 ÷ 0.21 ≈ 4.8, rounded up to 5');
    await expect(figure.getByRole('img', { name: 'Placebo' })).toBeVisible();
    expect(searchParam(page, 'nnt')).toBe('younger2013');
    expect(searchParam(page, 'keep')).toBe('1');
    expect(new URL(page.url()).hash).toBe('#key-points');
    await page.keyboard.press('ArrowDown');
    await expect(liveRegion(figure)).toContainText('No NNT can be derived');
    watch.expectClean();
  });

  test('draws round(100 × rate) improvers in each group (Younger 2013: 11 and 32)', async ({ page }) => {
    await page.goto(`${nnt.page}?nnt=younger2013`);
    const figure = await hydrate(page, nnt);
    await expect(figure.getByRole('img', { name: 'Placebo' }).locator('circle.ex-fill-b')).toHaveCount(11);
    const treated = figure.getByRole('img', { name: 'LDN 4.5 mg' });
    await expect(treated.locator('circle.ex-fill-b')).toHaveCount(11);
    await expect(treated.locator('path.ex-fill-a')).toHaveCount(21);
  });

  test('a bad ?nnt= value shows a notice and the default, without a console error', async ({ page }) => {
    const watch = watchPage(page);
    await page.goto(`${nnt.page}?nnt=nonsense`);
    const figure = await hydrate(page, nnt);
    await expect(figure.getByRole('status')).toContainText('nnt=“nonsense” is not a valid setting');
    await expect(figure.getByRole('radio', { name: /2022 cohort/ })).toBeChecked();
    watch.expectClean();
  });
});

test.describe('ForestPlot', () => {
  const forest = explorables[1];
  test.beforeEach(() => skipUnlessPlaced(forest));

  test('works with the keyboard alone: Tab to the filter, arrows change it, the description and URL follow', async ({ page }) => {
    const watch = watchPage(page);
    await page.goto(forest.page);
    const figure = await hydrate(page, forest);
    await expect(liveRegion(figure)).toContainText('All conditions: 8 results in 4 panels');
    await tabTo(page, figure.getByRole('radio', { name: 'All conditions' }));
    await page.keyboard.press('ArrowDown');
    await expect(figure.getByRole('radio', { name: 'Fibromyalgia only' })).toBeChecked();
    await expect(liveRegion(figure)).toContainText('Fibromyalgia only: 6 results');
    await expect(figure.getByText('2022 cohort study (Martin et al.)')).toHaveCount(0);
    expect(searchParam(page, 'forest')).toBe('fibromyalgia');
    watch.expectClean();
  });

  test('keeps each measure in its own panel and says when no interval was reported', async ({ page }) => {
    await page.goto(`${forest.page}?forest=all`);
    const figure = await hydrate(page, forest);
    await expect(figure.locator('[role="group"]')).toHaveCount(4); // one panel per measure (the fieldset is a group too)
    await expect(figure.getByRole('group', { name: 'Standardised mean difference (d)' })).toContainText(
      '−0.34 (95% CI −0.62 to −0.06)',
    );
    await expect(figure.getByRole('group', { name: 'Mean difference in FIQR score' })).toContainText('no interval reported');
  });

  test('a bad ?forest= value shows a notice and the default', async ({ page }) => {
    await page.goto(`${forest.page}?forest=everything`);
    const figure = await hydrate(page, forest);
    await expect(figure.getByRole('status')).toContainText('forest=“everything” is not a valid setting');
    await expect(figure.getByRole('radio', { name: 'All conditions' })).toBeChecked();
  });
});

test.describe('DoseTimeline', () => {
  const dose = explorables[2];
  test.beforeEach(() => skipUnlessPlaced(dose));

  test('works with the keyboard alone: Tab to the slider, arrows change the dose, value and description are announced', async ({
    page,
  }) => {
    const watch = watchPage(page);
    await page.goto(`${dose.page}?nnt=younger2013`);
    const figure = await hydrate(page, dose);
    const slider = figure.getByRole('slider', { name: 'Dose' });
    await expect(slider).toHaveAttribute('aria-valuetext', '4.5 milligrams (usual low dose)');
    await tabTo(page, slider);
    await page.keyboard.press('ArrowRight');
    await expect(slider).toHaveAttribute('aria-valuetext', '5 milligrams');
    await expect(liveRegion(figure)).toContainText('5 mg: naltrexone peaks at 10% of its 50 mg peak');
    expect(searchParam(page, 'dose')).toBe('5');
    expect(searchParam(page, 'nnt')).toBe('younger2013');
    await page.keyboard.press('End');
    await expect(slider).toHaveAttribute('aria-valuetext', '50 milligrams (standard tablet)');
    await expect(liveRegion(figure)).toContainText('until about 49 h');
    // The other controls are reachable and work from the keyboard too.
    await figure.getByRole('checkbox', { name: /Compare/ }).focus();
    await page.keyboard.press('Space');
    await expect(liveRegion(figure)).toContainText('Compared: 4.5 mg peaks at 9% of the height of 50 mg');
    expect(searchParam(page, 'compare')).toBe('1');
    watch.expectClean();
  });

  test('reads its state from the URL', async ({ page }) => {
    await page.goto(`${dose.page}?dose=50&hours=72&compare=1&halflife=wall1981`);
    const figure = await hydrate(page, dose);
    await expect(figure.getByRole('slider', { name: 'Dose' })).toHaveValue('50');
    await expect(figure.getByRole('radio', { name: '72 hours' })).toBeChecked();
    await expect(figure.getByRole('radio', { name: /8\.9 h/ })).toBeChecked();
    await expect(figure.getByRole('checkbox', { name: /Compare/ })).toBeChecked();
    await expect(liveRegion(figure)).toContainText('halves every 8.9 h');
  });

  test('bad values fall back one by one, each with a notice and no console error', async ({ page }) => {
    const watch = watchPage(page);
    await page.goto(`${dose.page}?dose=900&hours=72&compare=maybe`);
    const figure = await hydrate(page, dose);
    await expect(figure.getByRole('status')).toContainText('dose=“900” is not a valid setting');
    await expect(figure.getByRole('status')).toContainText('compare=“maybe” is not a valid setting');
    await expect(figure.getByRole('slider', { name: 'Dose' })).toHaveValue('4.5');
    await expect(figure.getByRole('radio', { name: '72 hours' })).toBeChecked();
    watch.expectClean();
  });

  test('labels the parameters without a source as illustrative', async ({ page }) => {
    await page.goto(dose.page);
    const table = figureOf(page, dose).getByRole('table');
    await expect(table.getByRole('row', { name: /Absorption rate constant/ })).toContainText('Illustrative');
    await expect(table.getByRole('row', { name: /Naltrexone elimination half-life/ })).toContainText('Meyer et al. 1984');
  });
});

for (const explorable of explorables) {
  test.describe(`${explorable.name} with JavaScript off`, () => {
    test.use({ javaScriptEnabled: false });
    test.beforeEach(() => skipUnlessPlaced(explorable));

    test('shows the default state in full: SVG and description', async ({ page }) => {
      await page.goto(explorable.page);
      const figure = figureOf(page, explorable);
      await expect(figure).toBeVisible();
      expect(await figure.locator('svg[role="img"], svg[aria-hidden="true"]').count()).toBeGreaterThan(1);
      await expect(liveRegion(figure)).not.toBeEmpty();
      await expect(figure.locator('input:checked, input[type="range"]').first()).toBeAttached();
    });
  });

  for (const theme of themes) {
    test(`${explorable.name} passes axe in the ${theme} theme, before and after a change`, async ({ page }) => {
      skipUnlessPlaced(explorable);
      await useTheme(page, theme);
      await page.goto(explorable.page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const figure = await hydrate(page, explorable);
      await expectNoAxeViolations(page, explorable);
      // A change: the first choice not yet selected (another source, filter or timeline length).
      await figure.locator('input[type="radio"]:not(:checked)').first().check();
      await expectNoAxeViolations(page, explorable);
    });
  }

  test(`${explorable.name} fits a 320 px screen with text of at least 12 px`, async ({ page }) => {
    skipUnlessPlaced(explorable);
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(explorable.page);
    const figure = await hydrate(page, explorable);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const smallest = await figure.evaluate((root) =>
      Math.min(
        ...[...root.querySelectorAll('p, span, label, legend, text, li, td, th, button, output')]
          .filter((element) => (element.textContent ?? '').trim() !== '' && element.getClientRects().length > 0)
          .map((element) => parseFloat(getComputedStyle(element).fontSize)),
      ),
    );
    expect(smallest).toBeGreaterThanOrEqual(12);
  });
}

test('each explorable in a chapter leads educators to its embed, presentation and export; the embed itself does not', async ({
  page,
}) => {
  await page.goto('/learn/evidence-and-safety/');
  await expect(page.getByRole('link', { name: 'Embed, present or export this figure' })).toHaveAttribute(
    'href',
    /\/embed\/#forest-plot$/,
  );
  await page.goto('/embed/forest-plot/');
  await expect(page.getByRole('link', { name: 'Embed, present or export this figure' })).toHaveCount(0);
});
