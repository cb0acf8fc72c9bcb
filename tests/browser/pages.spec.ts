import { expect, test } from '@playwright/test';
import { builtPages, watchPage } from './support/site';

const pages = builtPages();

test('the build has the landing, chapter list, two chapters, references and about pages', () => {
  expect(pages).toEqual(expect.arrayContaining(['/', '/learn/', '/references/', '/about/']));
  expect(pages.filter((page) => page.startsWith('/learn/') && page !== '/learn/').length).toBeGreaterThanOrEqual(2);
});

for (const path of pages) {
  test(`${path} loads with no console error, failed request or outside request`, async ({ page }) => {
    const watch = watchPage(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('main#main')).toBeVisible();
    await page.waitForLoadState('networkidle');
    watch.expectClean();
  });
}

test('an unknown address shows the site 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'See all chapters' }).click();
  await expect(page).toHaveURL(/\/learn\/$/);
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/about/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});

// Astro 7 drops a line break between text, an expression and an element in a component's
// markup; where words meet across one, the component writes its space out. These are the places
// that ran words together ("code is MIT.CC BY 4.0", "Lee JOThe structural basis").
test.describe('words are spaced where markup meets text', () => {
  test.use({ javaScriptEnabled: false });

  test('the footer, references, glossary, self-check and licence read as sentences', async ({ page }) => {
    await page.goto('/references/');
    await expect(page.locator('.site-footer')).toContainText(
      'code is MIT. CC BY 4.0 · How to cite · Evidence grades and corrections',
    );
    // (The full stop after the title is drawn by CSS, cite::after, so the text has none.)
    await expect(page.locator('.ref-line').filter({ hasText: 'Lee JO' })).toContainText(
      /Lee JO The structural basis of lipopolysaccharide recognition by the TLR4-MD-2 complex Nature 2009;458/,
    );
    await page.goto('/glossary/');
    await expect(page.locator('dt').filter({ hasText: 'Absolute risk reduction' })).toHaveText('Absolute risk reduction (ARR)');
    await page.goto('/learn/tlr4-and-md2/');
    await expect(page.locator('.self-check > p').first()).toContainText('names its source. Your answers');
    await page.goto('/about/');
    await expect(page.locator('#license + p')).toContainText('Creative Commons Attribution 4.0 (CC BY 4.0).');
    await page.goto('/embed/');
    await expect(page.locator('.lead')).toContainText('or a slide as an <iframe>, be presented');
  });
});

// A chapter's contents links, clicked or followed from elsewhere, land on their sections at a
// phone's width and a laptop's, and the section stays in view once the islands above it have started.
for (const width of [320, 1280])
  test(`a chapter's contents links land on their sections at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const chapter = '/learn/dose-matters/';
    await page.goto(chapter);
    const links = page.locator('nav.toc a');
    const targets = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!.slice(1)));
    expect(targets).toEqual(expect.arrayContaining(['self-check-title', 'references']));
    const landsOn = async (id: string) => {
      const heading = page.locator(`[id="${id}"]`);
      await expect(heading).toBeInViewport();
      await page.waitForTimeout(500);
      const top = await heading.evaluate((element) => element.getBoundingClientRect().top);
      expect(top, `#${id}`).toBeGreaterThanOrEqual(-1);
      expect(top, `#${id}`).toBeLessThan(400);
    };
    // From the contents, as a reader clicks them.
    for (const id of [...targets].reverse()) {
      await page.goto(chapter);
      await page.locator(`nav.toc a[href="#${id}"]`).click();
      await landsOn(id);
    }
    // And from another page's link, straight to the address.
    await page.goto(`${chapter}#references`);
    await landsOn('references');
    await expect(page.locator('.reference-list li').last()).toBeAttached();
  });
