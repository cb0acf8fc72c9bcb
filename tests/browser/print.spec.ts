import { expect, test } from '@playwright/test';
import { themes, useTheme } from './support/site';

// Printing: chapters lose their controls and keep their text, figures and references; paper is
// white in every theme; the diagram prints in the state the reader chose.
const chapter = '/learn/receptor-to-nucleus/';

test('a chapter prints without controls and with its figures and references', async ({ page }) => {
  await page.goto(chapter);
  await page.emulateMedia({ media: 'print' });
  for (const control of [
    page.getByRole('navigation', { name: 'Main' }),
    page.getByLabel('Theme'),
    page.getByRole('button', { name: 'Search' }),
    page.getByRole('navigation', { name: 'Chapters' }),
    page.getByRole('button', { name: 'Check my answers' }),
    page.getByRole('button', { name: 'Clear my answers' }),
    page.locator('[data-anki-chapter]'),
    page.getByRole('link', { name: 'Explore this state in the interactive diagram' }).first(),
  ]) {
    await expect(control).toBeHidden();
  }
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('figure.pathway-figure svg').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Key points' })).toBeVisible();
  await expect(page.locator('.reference-list > li').first()).toBeVisible();
  // Questions print as a worksheet: the questions show, the answers stay folded away.
  await expect(page.locator('[data-question] legend').first()).toBeVisible();
  await expect(page.locator('.answer-feedback').first()).toBeHidden();
});

for (const theme of themes) {
  test(`a chapter prints black on white in the ${theme} theme`, async ({ page }) => {
    await useTheme(page, theme);
    await page.goto(chapter);
    await page.emulateMedia({ media: 'print' });
    const colours = await page.evaluate(() => {
      const style = getComputedStyle(document.querySelector('.chapter-body p')!);
      return {
        text: style.color,
        background: getComputedStyle(document.documentElement).backgroundColor,
        size: getComputedStyle(document.documentElement).fontSize,
      };
    });
    expect(colours).toEqual({ text: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)', size: '16px' });
  });
}

test('the diagram prints in the state the reader chose, with its caption and without its controls', async ({ page }) => {
  await page.goto('/diagrams/tlr4-pathway/?view=detailed&ligand=lps&drug=ldn&contested=1&step=3');
  await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr');
  await page.locator('[data-step-next]').click();
  await expect(page.locator('svg.pathway-svg').first()).toHaveAttribute('data-step', '4');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('svg.pathway-svg').first()).toBeVisible();
  await expect(page.locator('svg.pathway-svg').first()).toHaveAttribute('data-step', '4');
  await expect(page.locator('.step-label')).toBeVisible();
  await expect(page.locator('[data-step-next]')).toBeHidden();
  await expect(page.locator('.scenario-controls')).toBeHidden();
});
