import { expect, test, type Page } from '@playwright/test';

const chapter = '/learn/the-2022-cohort-study/';

async function firstCitation(page: Page) {
  await page.goto(chapter);
  const button = page.locator('button[data-cite]').first();
  await expect(button).toHaveAttribute('data-enhanced', '');
  const card = page.locator(`#${await button.getAttribute('popovertarget')}`);
  return { button, card };
}

test('hovering a citation shows its reference card, leaving hides it', async ({ page }) => {
  const { button, card } = await firstCitation(page);
  await button.hover();
  await expect(card).toBeVisible();
  await expect(card.locator('cite')).not.toHaveCount(0);
  await expect(card.getByRole('link', { name: /^(DOI|PMID|Web page)/ }).first()).toBeVisible();
  await page.mouse.move(5, 5);
  await expect(card).toBeHidden();
});

test('the card sits next to its citation, inside the viewport', async ({ page }) => {
  const { button, card } = await firstCitation(page);
  await button.hover();
  const buttonBox = (await button.boundingBox())!;
  const cardBox = (await card.boundingBox())!;
  expect(Math.abs(cardBox.y - (buttonBox.y + buttonBox.height))).toBeLessThan(20 + cardBox.height + buttonBox.height);
  expect(cardBox.x).toBeGreaterThanOrEqual(0);
  expect(cardBox.x + cardBox.width).toBeLessThanOrEqual(page.viewportSize()!.width);
});

test('keyboard focus shows the card, Tab reaches its links, Escape closes it and returns focus', async ({ page }) => {
  const { button, card } = await firstCitation(page);
  await button.focus();
  await expect(card).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(card.locator('a').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await expect(button).toBeFocused();
});

test('a click pins the card open and a second click closes it', async ({ page }) => {
  const { button, card } = await firstCitation(page);
  await button.click();
  await expect(card).toBeVisible();
  await page.mouse.move(5, 5);
  await page.waitForTimeout(400);
  await expect(card).toBeVisible();
  await button.click();
  await expect(card).toBeHidden();
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });

  test('a tap shows the card and a tap elsewhere closes it', async ({ page }) => {
    const { button, card } = await firstCitation(page);
    await button.tap();
    await expect(card).toBeVisible();
    await page.locator('h1').tap();
    await expect(card).toBeHidden();
  });
});

test('the reference list numbers match the citation numbers', async ({ page }) => {
  await page.goto(chapter);
  const first = page.locator('button[data-cite]').first();
  await expect(first).toContainText('[1');
  const card = page.locator(`#${await first.getAttribute('popovertarget')}`);
  const title = await card.locator('cite').first().textContent();
  await expect(page.locator('.reference-list > li').first().locator('cite')).toHaveText(title ?? '');
});
