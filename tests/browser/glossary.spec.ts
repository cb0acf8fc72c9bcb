import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { themes, useTheme, watchPage } from './support/site';

// Glossary terms in chapters (<Term>): a popover with the definition opens on hover, focus or
// tap, closes on Escape (focus returns), and links to the entry on /glossary/.
const chapter = '/learn/receptor-to-nucleus/';

async function term(page: Page, id = 'myddosome') {
  await page.goto(chapter);
  const button = page.locator(`button[data-term="${id}"]`).first();
  await expect(button).toHaveAttribute('data-enhanced', '');
  const card = page.locator(`#${await button.getAttribute('popovertarget')}`);
  return { button, card };
}

test('hovering a term shows its definition; moving away hides it', async ({ page }) => {
  const watch = watchPage(page);
  const { button, card } = await term(page);
  await button.scrollIntoViewIfNeeded();
  await button.hover();
  await expect(card).toBeVisible();
  await expect(card).toContainText('Myddosome');
  await expect(card.getByRole('link', { name: 'In the glossary' })).toHaveAttribute('href', '/glossary/#myddosome');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await page.mouse.move(2, 2);
  await expect(card).toBeHidden();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  watch.expectClean();
});

test('a keyboard user opens a term with Tab, reaches its link, and Escape closes it and returns focus', async ({ page }) => {
  const { button, card } = await term(page);
  // Tab towards the term from a few stops before it, as a keyboard user arrives (an earlier
  // term or citation puts its own card in the Tab order while it is open).
  await button.evaluate((element: HTMLElement) => {
    const all = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, summary, [tabindex="0"]')].filter(
      (candidate): candidate is HTMLElement => candidate === element || candidate.checkVisibility(),
    );
    all[all.indexOf(element) - 3]?.focus();
  });
  for (let i = 0; i < 12 && !(await button.evaluate((element) => element === document.activeElement)); i += 1)
    await page.keyboard.press('Tab');
  await expect(button).toBeFocused();
  await expect(card).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(card.getByRole('link', { name: 'In the glossary' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await expect(button).toBeFocused();
});

test('the glossary link in a card leads to the entry, which lists its sources', async ({ page }) => {
  const { button, card } = await term(page, 'tlr4');
  await button.click();
  await card.getByRole('link', { name: 'In the glossary' }).click();
  await expect(page).toHaveURL(/\/glossary\/#tlr4$/);
  const entry = page.locator('#tlr4');
  await expect(entry).toBeInViewport();
  await expect(entry.locator('dt')).toContainText('Toll-like receptor 4');
  await expect(entry.locator('.sources a').first()).toHaveAttribute('href', /\/references\/#ref-/);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });

  test('a tap opens a term’s card and a tap elsewhere closes it', async ({ page }) => {
    const { button, card } = await term(page);
    await button.scrollIntoViewIfNeeded();
    await button.tap();
    await expect(card).toBeVisible();
    const box = (await card.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await page.touchscreen.tap(200, 5);
    await expect(card).toBeHidden();
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a term still opens its definition (native popover)', async ({ page }) => {
    await page.goto(chapter);
    const button = page.locator('button[data-term="myddosome"]').first();
    const card = page.locator(`#${await button.getAttribute('popovertarget')}`);
    await button.click();
    await expect(card).toBeVisible();
  });
});

test('the glossary page lists every term with at least one source', async ({ page }) => {
  await page.goto('/glossary/');
  const entries = page.locator('.glossary-entry');
  expect(await entries.count()).toBeGreaterThan(50);
  const withoutSources = await entries.evaluateAll((all) =>
    all.filter((entry) => entry.querySelectorAll('.sources a').length === 0).map((entry) => entry.id),
  );
  expect(withoutSources).toEqual([]);
});

for (const theme of themes) {
  test(`axe finds no violations with a term card open, ${theme} theme`, async ({ page }) => {
    await useTheme(page, theme);
    const { button, card } = await term(page);
    await button.click();
    await expect(card).toBeVisible();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3)}`)).toEqual([]);
  });
}
