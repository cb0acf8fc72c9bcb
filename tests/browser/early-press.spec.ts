import { expect, test } from '@playwright/test';
import { holdScripts } from './support/site';

// A reader who presses a control while the page is still starting (a slow phone, a slow network)
// gets its answer once the page has started, instead of nothing (client-staged-directive.ts).

/** The site's own scripts (every module under _astro/): held back, the islands stay as the build drew them. */
const siteScripts = /\/_astro\/[^/]+\.js$/;

test('presses on the diagram before it has started are answered once it has', async ({ page }) => {
  const release = await holdScripts(page, siteScripts);
  await page.goto('/diagrams/tlr4-pathway/');
  const island = page.locator('astro-island').first();
  await page.getByText('Opioids and naltrexone', { exact: true }).click();
  await page.getByRole('checkbox', { name: /^HMGB1/ }).click();
  // A keyboard reader moves through a radio group with the arrow keys.
  await page.getByRole('radio', { name: 'No drug' }).focus();
  await page.keyboard.press('ArrowDown');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(island, 'the presses came before the explorer started').toHaveAttribute('ssr');

  release();
  await expect(island).not.toHaveAttribute('ssr');
  const svg = page.locator('svg.pathway-svg').first();
  await expect(svg).toHaveAttribute('data-view', 'opioid');
  await expect(svg).toHaveAttribute('data-step', '0');
  await expect(page.locator('.step-label')).toHaveText(/^Start, before signalling/);
  await expect(page.getByRole('radio', { name: 'Opioids and naltrexone' })).toBeChecked();
  await expect(page.getByRole('radio', { name: /^Low-dose naltrexone/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^HMGB1/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^LPS/ })).toBeChecked();
  await expect(page).toHaveURL(/view=opioid&ligand=lps,hmgb1&drug=ldn&step=0$/);
});

test('a press on the presentation before it has started moves it once it has', async ({ page }) => {
  const release = await holdScripts(page, siteScripts);
  await page.goto('/present/tlr4-pathway/');
  const island = page.locator('astro-island').first();
  await page.locator('[data-deck="next"]').click();
  await page.locator('[data-deck="next"]').click();
  await expect(island).toHaveAttribute('ssr');
  await expect(page.locator('main.deck')).toHaveAttribute('data-slide', '0');

  release();
  await expect(island).not.toHaveAttribute('ssr');
  await expect(page.locator('main.deck')).toHaveAttribute('data-slide', '2');
});

test("a clicker's keys before the presentation has started move it once it has", async ({ page }) => {
  const release = await holdScripts(page, siteScripts);
  await page.goto('/present/tlr4-pathway/');
  const island = page.locator('astro-island').first();
  await page.keyboard.press('PageDown');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageUp');
  await expect(island).toHaveAttribute('ssr');

  release();
  await expect(island).not.toHaveAttribute('ssr');
  await expect(page.locator('main.deck')).toHaveAttribute('data-slide', '2');
  // From then on each key counts once.
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('main.deck')).toHaveAttribute('data-slide', '3');
});

// A chapter's explorables start when they come near the screen (client:near); a reader who
// scrolls to one and answers it at once, before its code has arrived, is answered too.
test("choices on a chapter's explorable before it has started are made once it has", async ({ page }) => {
  const release = await holdScripts(page, siteScripts);
  await page.goto('/learn/dose-matters/');
  const figure = page.locator('[data-explorable="dose-timeline"]');
  const island = page.locator('astro-island:has([data-explorable="dose-timeline"])');
  await figure.scrollIntoViewIfNeeded();
  const slider = figure.getByRole('slider', { name: 'Dose' });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await figure.getByText('72 hours').click();
  await figure.getByRole('checkbox', { name: /^Compare/ }).check();
  await expect(island, 'the choices came before the explorable started').toHaveAttribute('ssr');

  release();
  await expect(island).not.toHaveAttribute('ssr');
  await expect(slider).toHaveValue('5.5');
  await expect(slider).toHaveAttribute('aria-valuetext', /^5\.5 milligrams/);
  await expect(figure.getByRole('radio', { name: '72 hours' })).toBeChecked();
  await expect(figure.getByRole('checkbox', { name: /^Compare/ })).toBeChecked();
  await expect(page).toHaveURL(/dose=5\.5/);
  await expect(page).toHaveURL(/hours=72/);
  await expect(page).toHaveURL(/compare=1/);
});

test("a preset pressed on a chapter's explorable before it has started is applied once it has", async ({ page }) => {
  const release = await holdScripts(page, siteScripts);
  await page.goto('/learn/dose-matters/');
  const figure = page.locator('[data-explorable="dose-timeline"]');
  await figure.getByRole('button', { name: /^50 mg/ }).click();
  await expect(page.locator('astro-island:has([data-explorable="dose-timeline"])')).toHaveAttribute('ssr');

  release();
  await expect(figure.getByRole('button', { name: /^50 mg/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(figure.getByRole('slider', { name: 'Dose' })).toHaveValue('50');
});

// The educators page's embed builders start near the screen too; their choices are selects.
test('a choice in an embed builder before it has started is in its snippet once it has', async ({ page }) => {
  const release = await holdScripts(page, siteScripts);
  await page.goto('/embed/');
  const builder = page.locator('[data-builder="tlr4-pathway"]');
  await builder.scrollIntoViewIfNeeded();
  await builder.getByLabel('Theme').selectOption('projector');
  await builder.getByLabel('Width').selectOption('640');
  await expect(page.locator('astro-island:has([data-builder="tlr4-pathway"])')).toHaveAttribute('ssr');

  release();
  await expect(page.locator('astro-island:has([data-builder="tlr4-pathway"])')).not.toHaveAttribute('ssr');
  await expect(builder.getByLabel('Theme')).toHaveValue('projector');
  await expect(builder.locator('[data-snippet]')).toHaveValue(/theme=projector" title="[^"]+" width="640" /);
});
