import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { themes, useTheme, watchPage } from './support/site';

// The self-check at the end of a chapter: scoring, the announcement, persistence in this
// browser only, the reset, the chapter list's progress, the Anki download and the no-JS view.
const chapter = '/learn/tlr4-and-md2/';
const chapterTitle = 'TLR4 and MD-2, an innate-immune sensor on microglia';

const form = (page: Page) => page.locator('form[data-self-check]');

/** Opens the chapter and waits for its self-check script (loaded after the first paint) to take the form over. */
async function openChapter(page: Page): Promise<void> {
  await page.goto(chapter);
  await expect(form(page)).toHaveAttribute('data-enhanced', '');
}
const questions = (page: Page) => form(page).locator('[data-question]');

/** Option indices that the question's answer list marks as right. */
async function rightOptions(question: Locator): Promise<number[]> {
  return question
    .locator('[data-option]')
    .evaluateAll((items) =>
      items.flatMap((item) =>
        (item as HTMLElement).dataset.correct === 'true' ? [Number((item as HTMLElement).dataset.option)] : [],
      ),
    );
}

/** Answers question `index` rightly, or wrongly (a single distractor), with the keyboard-free `check`. */
async function answer(page: Page, index: number, rightly: boolean): Promise<void> {
  const question = questions(page).nth(index);
  const right = await rightOptions(question);
  const count = await question.locator('input').count();
  const picks = rightly ? right : [Array.from({ length: count }, (_, i) => i).find((i) => !right.includes(i))!];
  for (const pick of picks) await question.locator('input').nth(pick).check();
}

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3)}`)).toEqual([]);
}

test('a self-check scores the answers, announces the result and explains each question', async ({ page }) => {
  const watch = watchPage(page);
  await openChapter(page);
  const status = form(page).getByRole('status');
  await expect(status).toBeEmpty();
  await answer(page, 0, true);
  await answer(page, 1, false);
  await form(page).getByRole('button', { name: 'Check my answers' }).click();
  const total = await questions(page).count();
  await expect(status).toHaveText(new RegExp(`^You answered 1 of ${total} questions correctly\\. ${total - 2} not answered\\.`));
  // Each question says in words whether it was right, and opens its explanation.
  await expect(questions(page).nth(0).locator('[data-verdict]')).toHaveText(/^✓ Right\.$/);
  await expect(questions(page).nth(1).locator('[data-verdict]')).toHaveText(/^✗ Not right\. The right answers? (is|are) [A-F]/);
  await expect(questions(page).nth(2).locator('[data-verdict]')).toHaveText(/Not answered\./);
  await expect(questions(page).nth(1).locator('details')).toHaveAttribute('open', '');
  await expect(questions(page).nth(1).locator('[data-your-choice]:visible')).toHaveCount(1);
  watch.expectClean();
});

test('the answers and score survive a reload, show on the chapter list, and reset clears them', async ({ page }) => {
  await openChapter(page);
  await answer(page, 0, true);
  await answer(page, 1, true);
  await answer(page, 2, false);
  await form(page).getByRole('button', { name: 'Check my answers' }).click();
  const total = await questions(page).count();
  await expect(form(page).getByRole('status')).toContainText(`You answered 2 of ${total}`);

  await page.reload();
  await expect(form(page).getByRole('status')).toContainText(`You answered 2 of ${total}`);
  const right = await rightOptions(questions(page).nth(0));
  await expect(questions(page).nth(0).locator('input').nth(right[0]!)).toBeChecked();
  await expect(questions(page).nth(2).locator('[data-verdict]')).toHaveText(/Not right/);

  await page.goto('/learn/');
  const line = page.locator(`[data-progress="tlr4-and-md2"]`);
  await expect(line).toHaveText(`Self-check: ${chapterTitle}: 2 of ${total} right`);
  await expect(page.locator('[data-progress-summary]')).toHaveText(/checked your answers in 1 of 9 chapters/);
  await expect(page.locator('[data-progress="beyond-opioids"]')).toContainText('not checked yet');

  await line.getByRole('link').click();
  await expect(page).toHaveURL(/\/learn\/tlr4-and-md2\/#self-check-title$/);
  await expect(form(page)).toHaveAttribute('data-enhanced', '');
  await form(page).getByRole('button', { name: 'Clear my answers' }).click();
  await expect(form(page).getByRole('status')).toHaveText('Your answers have been cleared.');
  await expect(form(page).locator('input:checked')).toHaveCount(0);
  await expect(form(page).locator('[data-verdict]:visible')).toHaveCount(0);
  await expect(questions(page).nth(0).locator('input').first()).toBeFocused();
  await page.reload();
  await expect(form(page)).toHaveAttribute('data-enhanced', '');
  await expect(form(page).locator('input:checked')).toHaveCount(0);
  await expect(form(page).getByRole('status')).toBeEmpty();
  await page.goto('/learn/');
  await expect(page.locator(`[data-progress="tlr4-and-md2"]`)).toContainText('not checked yet');
});

test('changing an answer after a check withdraws the score until the reader checks again', async ({ page }) => {
  await openChapter(page);
  const total = await questions(page).count();
  for (let index = 0; index < total; index += 1) await answer(page, index, true);
  await form(page).getByRole('button', { name: 'Check my answers' }).click();
  await expect(form(page).getByRole('status')).toContainText(`You answered ${total} of ${total}`);
  await answer(page, 1, false);
  await expect(form(page).getByRole('status')).toHaveText('You changed an answer since the check: check again for a new score.');
  await expect(questions(page).nth(1).locator('[data-verdict]')).toBeHidden();
  // Neither the chapter list nor a reload shows the old score, or verdicts on unchecked answers.
  await page.goto('/learn/');
  await expect(page.locator(`[data-progress="tlr4-and-md2"]`)).toContainText('not checked yet');
  await openChapter(page);
  await expect(form(page).locator('[data-verdict]:visible')).toHaveCount(0);
  await expect(form(page).getByRole('status')).toBeEmpty();
  // The answers themselves are kept; checking again scores them.
  await form(page).getByRole('button', { name: 'Check my answers' }).click();
  await expect(form(page).getByRole('status')).toContainText(`You answered ${total - 1} of ${total}`);
});

test('the self-check works with the keyboard alone', async ({ page }) => {
  await openChapter(page);
  const first = questions(page).nth(0);
  await first.locator('input').first().focus();
  // Arrow keys move between radio buttons and select them.
  await page.keyboard.press('ArrowDown');
  await expect(first.locator('input').nth(1)).toBeChecked();
  await form(page).getByRole('button', { name: 'Check my answers' }).focus();
  await page.keyboard.press('Enter');
  await expect(form(page).getByRole('status')).toContainText('You answered');
});

test('answers are kept in this browser only: nothing is sent anywhere', async ({ page }) => {
  const requests: string[] = [];
  await openChapter(page);
  const origin = new URL(page.url()).origin;
  // The browser may ask for the tab's icon at any time on its own, and on a slow machine the
  // page's own scripts may still be arriving (they load after the first paint). Fetching either,
  // a plain GET of a fixed file of this site, carries nothing; anything else would.
  const carriesNothing = (url: URL, method: string) =>
    method === 'GET' && url.origin === origin && !url.search && /^\/(favicon\.svg|_astro\/[\w.-]+\.js)$/.test(url.pathname);
  page.on('request', (request) => {
    if (!carriesNothing(new URL(request.url()), request.method())) requests.push(`${request.method()} ${request.url()}`);
  });
  await answer(page, 0, true);
  await form(page).getByRole('button', { name: 'Check my answers' }).click();
  await expect(form(page).getByRole('status')).toContainText('You answered');
  expect(requests).toEqual([]);
  const stored = await page.evaluate(() => localStorage.getItem('self-check:tlr4-and-md2'));
  expect(JSON.parse(stored!)).toMatchObject({ checked: true, correct: 1 });
});

test('the chapter’s questions download as a file Anki imports', async ({ page }) => {
  await openChapter(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-anki-chapter]').click()]);
  expect(download.suggestedFilename()).toBe('tlr4-ldn-tlr4-and-md2.tsv');
  const text = fs.readFileSync((await download.path())!, 'utf8');
  const lines = text.trimEnd().split('\n');
  expect(lines[0]).toBe('#separator:tab');
  expect(lines.filter((line) => !line.startsWith('#'))).toHaveLength(await questions(page).count());
  for (const line of lines.filter((l) => !l.startsWith('#'))) expect(line.split('\t')).toHaveLength(4);
  await page.goto('/learn/');
  await expect(page.getByRole('link', { name: /Download every chapter’s questions for Anki/ })).toHaveAttribute(
    'href',
    '/anki/all.tsv',
  );
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the self-check is a readable list with each answer hidden in a disclosure', async ({ page }) => {
    await page.goto(chapter);
    await expect(page.getByRole('heading', { name: 'Check yourself' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Check my answers' })).toBeHidden();
    const first = questions(page).nth(0);
    await expect(first.locator('legend')).toContainText('Question 1.');
    const feedback = first.locator('.answer-feedback').first();
    await expect(feedback).toBeHidden();
    await first.getByText('Show the answer').click();
    await expect(feedback).toBeVisible();
    await expect(first.getByText(/Right answer/)).toBeVisible();
    await expect(first.locator('.answer-sources a').first()).toHaveAttribute('href', /#ref-|references\/#ref-/);
  });
});

for (const theme of themes) {
  test(`axe finds no violations in a checked self-check, ${theme} theme`, async ({ page }) => {
    await useTheme(page, theme);
    await openChapter(page);
    await answer(page, 0, true);
    await answer(page, 1, false);
    await form(page).getByRole('button', { name: 'Check my answers' }).click();
    await expect(form(page).getByRole('status')).toContainText('You answered');
    await expectNoViolations(page);
  });
}

test('axe finds no violations on the chapter list with progress shown', async ({ page }) => {
  await page.addInitScript(() =>
    localStorage.setItem(
      'self-check:beyond-opioids',
      JSON.stringify({ signature: 'stale', answers: {}, checked: true, correct: 1, total: 5 }),
    ),
  );
  await page.goto('/learn/');
  await expect(page.locator('[data-progress-summary]')).toBeVisible();
  // A stale entry (questions changed since) is ignored, not shown against new questions.
  await expect(page.locator('[data-progress="beyond-opioids"]')).toContainText('not checked yet');
  await expectNoViolations(page);
});
