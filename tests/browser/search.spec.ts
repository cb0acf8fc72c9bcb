import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { subpathBase, subpathPort } from '../../playwright.config';
import { themes, useTheme, watchPage } from './support/site';

// Site search (Pagefind, built with the site): a native dialog reachable from every page by the
// header button, "/" or Ctrl+K; results announced; keyboard only; no request leaves the site.
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the site' });
const field = (page: Page) => dialog(page).getByLabel('Search for a term, gene or drug');
const results = (page: Page) => dialog(page).locator('#search-results a');

async function search(page: Page, query: string) {
  await field(page).fill(query);
  await expect(dialog(page).getByRole('status')).toHaveText(/results? for “/, { timeout: 15_000 });
}

test('a keyboard user finds a term on the right page: "/" to open, type, arrow down, Enter', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto('/learn/');
  await page.keyboard.press('/');
  await expect(dialog(page)).toBeVisible();
  await expect(field(page)).toBeFocused();
  await page.keyboard.type('Myddosome');
  await expect(dialog(page).getByRole('status')).toHaveText(/^\d+ results? for “Myddosome”\.$/, { timeout: 15_000 });
  const hrefs = await results(page).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  const target = hrefs.findIndex((href) => href.startsWith('/learn/receptor-to-nucleus/'));
  expect(target, hrefs.join(', ')).toBeGreaterThanOrEqual(0);
  for (let i = 0; i <= target; i += 1) await page.keyboard.press('ArrowDown');
  await expect(results(page).nth(target)).toBeFocused();
  // The excerpt shows the match as a <mark> element, never as markup text.
  await expect(results(page).nth(target).locator('mark').first()).toHaveText(/myddosome/i);
  await expect(results(page).nth(target)).not.toContainText('<mark>');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/learn\/receptor-to-nucleus\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/From receptor to nucleus/);
  await expect(dialog(page)).toBeHidden();
  watch.expectClean();
});

test('Ctrl+K opens search from any page; Escape closes it and focus returns', async ({ page }) => {
  await page.goto('/references/');
  const link = page.getByRole('link', { name: 'Glossary' });
  await link.focus();
  await page.keyboard.press('Control+k');
  await expect(dialog(page)).toBeVisible();
  await expect(field(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(link).toBeFocused();
});

test('the header button opens search, the Close button closes it and focus returns to the button', async ({ page }) => {
  await page.goto('/');
  const button = page.getByRole('button', { name: 'Search' });
  await expect(button).toBeVisible();
  await expect(button).toHaveAttribute('aria-keyshortcuts', '/ Control+K');
  await button.click();
  await expect(field(page)).toBeFocused();
  await dialog(page).getByRole('button', { name: 'Close search' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(button).toBeFocused();
});

test('"/" typed into a form field stays text; it does not open search', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  await field(page).fill('');
  await page.keyboard.type('IL-1β/IL-6');
  await expect(field(page)).toHaveValue('IL-1β/IL-6');
});

test('a search with no match says so, and arrow keys move between field and results', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  await search(page, 'microglia');
  await page.keyboard.press('ArrowDown');
  await expect(results(page).first()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(field(page)).toBeFocused();
  await field(page).fill('zzqxjv');
  await expect(dialog(page).getByRole('status')).toHaveText('No pages match “zzqxjv”.');
  await expect(results(page)).toHaveCount(0);
});

test('the search code loads only when the dialog opens', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
  await page.goto('/about/');
  await page.waitForLoadState('networkidle');
  expect(loaded.filter((path) => /pagefind|search-dialog|SearchCode/i.test(path))).toEqual([]);
  await page.keyboard.press('/');
  await search(page, 'naltrexone');
  expect(loaded.some((path) => path.includes('/pagefind/pagefind.js'))).toBe(true);
});

test('search under a sub-path loads its index there and links stay under the sub-path', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto(`http://127.0.0.1:${subpathPort}${subpathBase}glossary/`);
  await page.keyboard.press('/');
  await search(page, 'TRIF');
  const hrefs = await results(page).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(new RegExp(`^${subpathBase}`));
  await results(page).first().click();
  await expect(page).toHaveURL(new RegExp(`${subpathBase}`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  watch.expectClean();
});

for (const theme of themes) {
  test(`axe finds no violations with the search dialog open and results shown, ${theme} theme`, async ({ page }) => {
    await useTheme(page, theme);
    await page.goto('/learn/');
    await page.getByRole('button', { name: 'Search' }).click();
    await search(page, 'TLR4');
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3)}`)).toEqual([]);
  });
}
