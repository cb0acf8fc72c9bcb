import { expect, test, type Page } from '@playwright/test';

const chapter = '/learn/the-2022-cohort-study/';

async function citation(page: Page, index = 0) {
  await page.goto(chapter);
  const link = page.locator('a[data-cite]').nth(index);
  await expect(link).toHaveAttribute('data-enhanced', '');
  const firstKey = (await link.getAttribute('data-cite'))!.split(',')[0]!;
  const title = (await page.locator(`#ref-${firstKey} cite`).textContent()) ?? '';
  return { link, card: page.locator('#citation-card'), title };
}

test('hovering a citation shows its reference card, leaving hides it', async ({ page }) => {
  const { link, card, title } = await citation(page);
  await link.hover();
  await expect(card).toBeVisible();
  await expect(card.locator('cite').first()).toHaveText(title);
  await expect(card.getByRole('link', { name: /^(DOI|PMID|Web page)/ }).first()).toBeVisible();
  await expect(link).toHaveAttribute('aria-expanded', 'true');
  await page.mouse.move(5, 5);
  await expect(card).toBeHidden();
  await expect(link).toHaveAttribute('aria-expanded', 'false');
});

test('the card sits next to its citation, inside the viewport', async ({ page }) => {
  const { link, card } = await citation(page, 3);
  await link.scrollIntoViewIfNeeded();
  await link.hover();
  const linkBox = (await link.boundingBox())!;
  const cardBox = (await card.boundingBox())!;
  const below = Math.abs(cardBox.y - (linkBox.y + linkBox.height)) < 12;
  const above = Math.abs(cardBox.y + cardBox.height - linkBox.y) < 12;
  expect(below || above).toBe(true);
  expect(cardBox.x).toBeGreaterThanOrEqual(0);
  expect(cardBox.x + cardBox.width).toBeLessThanOrEqual(page.viewportSize()!.width);
});

test('keyboard focus shows the card, Tab goes into it, Escape closes it and returns focus', async ({ page }) => {
  const { link, card, title } = await citation(page, 5);
  await link.focus();
  await expect(card).toBeVisible();
  await expect(card.locator('cite').first()).toHaveText(title);
  await page.keyboard.press('Tab');
  await expect(card.locator('a').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await expect(link).toBeFocused();
});

test('moving focus past the card closes it for that citation', async ({ page }) => {
  const { link, card } = await citation(page);
  await link.focus();
  await expect(card).toBeVisible();
  const links = await card.locator('a').count();
  for (let i = 0; i <= links; i += 1) await page.keyboard.press('Tab');
  await expect(link).toHaveAttribute('aria-expanded', 'false');
  expect(await card.evaluate((element) => element.contains(document.activeElement))).toBe(false);
});

test('a click pins the card open and a second click closes it, without jumping to the list', async ({ page }) => {
  const { link, card } = await citation(page);
  await link.click();
  await expect(card).toBeVisible();
  expect(new URL(page.url()).hash).toBe('');
  await page.mouse.move(5, 5);
  await page.waitForTimeout(400);
  await expect(card).toBeVisible();
  await link.click();
  await expect(card).toBeHidden();
});

test('a citation of several references shows a card for each', async ({ page }) => {
  await page.goto(chapter);
  const link = page.locator('a[data-cite*=","]').first();
  await expect(link).toHaveAttribute('data-enhanced', '');
  const count = (await link.getAttribute('data-cite'))!.split(',').length;
  await link.hover();
  await expect(page.locator('#citation-card .ref-card')).toHaveCount(count);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });

  test('a tap shows the card and a tap elsewhere closes it', async ({ page }) => {
    const { link, card } = await citation(page);
    await link.tap();
    await expect(card).toBeVisible();
    await page.touchscreen.tap(200, 5);
    await expect(card).toBeHidden();
  });
});

test.describe('on a short phone screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 320, height: 568 } });

  test('a citation in the middle of the screen opens a card that leaves it uncovered, scrolling if need be', async ({ page }) => {
    await page.goto('/learn/tlr4-and-md2/');
    const links = page.locator('a[data-cite]');
    await expect(links.first()).toHaveAttribute('data-enhanced', '');
    const card = page.locator('#citation-card');
    for (const index of [0, 3, 6]) {
      const link = links.nth(index);
      // Put the citation mid-screen, where the card fits neither below nor above it.
      await link.evaluate((element) => window.scrollBy(0, element.getBoundingClientRect().top - 270));
      await link.tap();
      await expect(card).toBeVisible();
      await expect(link).toHaveAttribute('aria-expanded', 'true');
      const [cardBox, linkBox] = [(await card.boundingBox())!, (await link.boundingBox())!];
      const overlaps = cardBox.y < linkBox.y + linkBox.height && linkBox.y < cardBox.y + cardBox.height;
      expect(overlaps, `card ${JSON.stringify(cardBox)} over link ${JSON.stringify(linkBox)}`).toBe(false);
      expect(cardBox.y).toBeGreaterThanOrEqual(0);
      expect(cardBox.y + cardBox.height).toBeLessThanOrEqual(568);
      await page.touchscreen.tap(160, 5);
      await expect(card).toBeHidden();
    }
  });
});

test('citation numbers follow the order of the reference list', async ({ page }) => {
  await page.goto(chapter);
  const links = page.locator('a[data-cite]');
  const pairs = await links.evaluateAll((all) =>
    all.map((a) => ({ label: a.textContent ?? '', keys: (a as HTMLElement).dataset.cite!.split(',') })),
  );
  const listOrder = await page
    .locator('.reference-list > li')
    .evaluateAll((items) => items.map((li) => li.id.replace(/^ref-/, '')));
  for (const { label, keys } of pairs) {
    const numbers = (label.match(/\d+/g) ?? []).map(Number);
    expect(numbers).toEqual(keys.map((key) => listOrder.indexOf(key) + 1));
  }
});
