import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { themes, useTheme, watchPage } from './support/site';

const page0 = '/diagrams/tlr4-pathway/';
const views = ['overview', 'detailed', 'opioid', 'sensitization'] as const;

async function open(page: Page, query = '') {
  await page.goto(`${page0}${query}`);
  await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr');
  return page.locator('svg.pathway-svg').first();
}

const node = (page: Page, id: string) => page.locator(`svg.pathway-svg [data-node="${id}"]`).first();
const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the diagram page has the SVG, its description and the model rules', async ({ page }) => {
    await page.goto(page0);
    const svg = page.locator('svg.pathway-svg').first();
    await expect(svg).toBeVisible();
    await expect(svg).toHaveAttribute('role', 'graphics-document');
    expect(await svg.locator('desc').textContent()).toMatch(/teaching model/);
    expect(await svg.locator('[data-node]').count()).toBeGreaterThan(10);
    await expect(page.getByRole('heading', { name: 'How the model works' })).toBeVisible();
    // The same state in words, with every step, for readers without the picture.
    await page.locator('details.in-words summary').click();
    expect(await page.locator('details.in-words li').count()).toBeGreaterThan(5);
    // No control that would need scripts is offered; a note says what the page shows and where every step is.
    for (const control of ['.scenario-controls', '.step-controls .buttons', '.predict-toggle', '.help-row'])
      await expect(page.locator(`.pathway-explorer ${control}`)).toBeHidden();
    await expect(page.locator('.step-caption')).toBeVisible();
    await expect(page.locator('.no-script-note')).toContainText('The printable handout shows every step');
    await page.getByRole('link', { name: 'printable handout' }).click();
    await expect(page).toHaveURL(/\/diagrams\/tlr4-pathway\/handout\/$/);
  });

  test('chapter figures are static SVGs with a link to the same state', async ({ page }) => {
    await page.goto('/learn/receptor-to-nucleus/');
    const figure = page.locator('figure.pathway-figure').first();
    await expect(figure.locator('svg desc')).not.toBeEmpty();
    await expect(figure.getByRole('link', { name: /Explore this state/ })).toHaveAttribute(
      'href',
      /\/diagrams\/tlr4-pathway\/\?view=detailed/,
    );
  });
});

test('a deep link reproduces its state in the controls, the diagram and the narration', async ({ page }) => {
  const svg = await open(page, '?view=detailed&ligand=lps&drug=ldn&contested=1&step=3');
  await expect(svg).toHaveAttribute('data-view', 'detailed');
  await expect(svg).toHaveAttribute('data-step', '3');
  await expect(page.getByRole('radio', { name: 'Detailed map' })).toBeChecked();
  await expect(page.getByRole('radio', { name: /Low-dose naltrexone/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /Apply grade C/ })).toBeChecked();
  await expect(page.locator('.step-label')).toHaveText(/Step 3 of/);
});

test('LDN with contested mechanisms reduces the TRIF–IRF3 arm and leaves NF-κB active', async ({ page }) => {
  await open(page, '?view=detailed&ligand=lps&drug=ldn&contested=1');
  await expect(node(page, 'irf3')).toHaveAttribute('data-activity', 'reduced');
  await expect(node(page, 'nfkb')).toHaveAttribute('data-activity', 'active');
  await page.getByRole('radio', { name: 'Human blood monocyte' }).check();
  await expect(node(page, 'irf3')).toHaveAttribute('data-activity', 'active');
  await expect(page).toHaveURL(/cell=monocyte/);
});

test('stepping changes the active nodes, the narration and the URL', async ({ page }) => {
  await open(page, '?view=detailed&step=0');
  await expect(page.locator('.no-script-note')).toBeHidden();
  await expect(node(page, 'tnf')).not.toHaveAttribute('data-activity', 'active');
  const narration = page.locator('.narration');
  await expect(narration).toHaveAttribute('aria-live', 'polite');
  await expect(page.locator('.step-label')).toHaveText(/Start, before signalling/);
  const before = await narration.textContent();
  await page.locator('[data-step-next]').click();
  await expect(page.locator('.step-label')).toHaveText(/Step 1 of/);
  expect(await narration.textContent()).not.toBe(before);
  await expect(page).toHaveURL(/step=1/);
  await page.locator('[data-step-all]').click();
  await expect(node(page, 'tnf')).toHaveAttribute('data-activity', 'active');
  await page.locator('[data-step-reset]').click();
  await expect(page.locator('.step-label')).toHaveText(/Start/);
});

test('a step button that has nothing left to do keeps the keyboard focus, and says it is unavailable', async ({ page }) => {
  await open(page, '?view=overview&step=1');
  const back = page.locator('[data-step-back]');
  await back.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.step-label')).toHaveText(/Start/);
  await expect(back).toBeFocused();
  await expect(back).toHaveAttribute('aria-disabled', 'true');
  // Pressing it again changes nothing; Tab goes on from where the reader is.
  await page.keyboard.press('Enter');
  await expect(page.locator('.step-label')).toHaveText(/Start/);
  await page.keyboard.press('Tab');
  await expect(page.locator('[data-step-next]')).toBeFocused();
  const whole = page.locator('[data-step-all]');
  await whole.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('svg.pathway-svg')).toHaveAttribute('data-step', /^[1-9]\d*$/);
  await expect(whole).toBeFocused();
  await expect(page.locator('[data-step-next]')).toHaveAttribute('aria-disabled', 'true');
});

test('the address takes the step once stepping pauses, or at once when the reader leaves', async ({ page }) => {
  await open(page, '?view=detailed&step=0');
  const next = page.locator('[data-step-next]');
  await next.click();
  await next.click();
  await next.click();
  await expect(page.locator('.step-label')).toHaveText(/Step 3 of/);
  await expect(page).toHaveURL(/step=3/);
  // Leaving straight after a step (no pause) still records it: back shows the same step.
  await next.click();
  await expect(page.locator('.step-label')).toHaveText(/Step 4 of/);
  await page.goto('/about/');
  await page.goBack();
  await expect(page).toHaveURL(/step=4/);
  await expect(page.locator('.step-label')).toHaveText(/Step 4 of/);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the diagram stays put while the reader steps, however long the caption', async ({ page }) => {
    const svg = await open(page, '?view=detailed&ligand=lps,hmgb1,morphine&drug=ldn&contested=1&step=0');
    const top = () => svg.evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
    const first = await top();
    const captions = new Set<string>();
    const next = page.locator('[data-step-next]');
    while (await next.isEnabled()) {
      const label = await page.locator('.step-label').textContent();
      await next.click();
      await expect(page.locator('.step-label')).not.toHaveText(label!);
      captions.add((await page.locator('.step-caption').textContent()) ?? '');
      expect(await top()).toBe(first);
    }
    // The captions differ in length enough to wrap to different numbers of lines at this width.
    expect(Math.max(...[...captions].map((caption) => caption.length))).toBeGreaterThan(
      2 * Math.min(...[...captions].map((caption) => caption.length)),
    );
  });
});

test('a keyboard-only reader can walk from LPS to TNF-α and open its card', async ({ page }) => {
  await open(page, '?view=detailed');
  // Tab from the last control into the diagram reaches one node: the first stimulus. (A step
  // button with nothing left to do stays in the Tab order, announced as unavailable.)
  await page.locator('[data-step-all]').focus();
  await page.keyboard.press('Tab');
  expect(await focusedName(page)).toMatch(/^LPS,/);
  // The walk's code loads on first use, so focus moves a moment after each key.
  const press = async (key: string) => {
    const before = await focusedName(page);
    await page.keyboard.press(key);
    await expect.poll(() => focusedName(page)).not.toBe(before);
  };
  const walk = async (key: string, until: RegExp) => {
    for (let i = 0; i < 25 && !until.test(await focusedName(page)); i += 1) await press(key);
    expect(await focusedName(page)).toMatch(until);
  };
  await walk('ArrowDown', /^NF-κB,/);
  // NF-κB switches on several genes: go down to the first, then along them to TNF.
  await press('ArrowDown');
  await walk('ArrowRight', /^TNF,/);
  await press('ArrowDown');
  expect(await focusedName(page)).toMatch(/^TNF-α, .*active/);
  await page.keyboard.press('Enter');
  const card = page.locator('.node-card');
  await expect(card.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(card.getByRole('link', { name: 'UniProt P01375' })).toBeVisible();
  await expect(card.getByText(/Grade A/).first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  expect(await focusedName(page)).toMatch(/^TNF-α/);
});

test('a contested arrow shows its evidence against in the card', async ({ page }) => {
  await open(page, '?view=opioid&ligand=morphine&contested=1');
  await node(page, 'morphine').click();
  const card = page.locator('.node-card');
  await expect(card.getByText(/Grade C/).first()).toBeVisible();
  await expect(card.getByText(/Evidence against:/).first()).toBeVisible();
});

test('? shows the keyboard help and Escape hides it', async ({ page }) => {
  await open(page);
  await node(page, 'lps').focus();
  await page.keyboard.press('?');
  await expect(page.getByRole('heading', { name: 'Keyboard help' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Keyboard help' })).toHaveCount(0);
  await expect(node(page, 'lps'), 'focus stays where the reader was').toBeFocused();
});

test('the keyboard help gives focus back to its button when it closes', async ({ page }) => {
  await open(page);
  const button = page.getByRole('button', { name: 'Keyboard help' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Keyboard help' })).toBeFocused();
  await page.getByRole('button', { name: 'Close help' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Keyboard help' })).toHaveCount(0);
  await expect(button, 'focus does not fall to the page').toBeFocused();
  // Escape from inside the help does the same.
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Close help' }).focus();
  await page.keyboard.press('Escape');
  await expect(button).toBeFocused();
});

test('a malformed link falls back to defaults with a visible notice and no console error', async ({ page }) => {
  const watch = watchPage(page);
  const svg = await open(page, '?view=sideways&step=-4&drug=%3Cscript%3Ealert(1)%3C/script%3E');
  await expect(svg).toHaveAttribute('data-view', 'overview');
  const notice = page.getByRole('status');
  await expect(notice).toContainText('"view"');
  await expect(notice).toContainText('"drug"');
  await expect(page.locator('script:text("alert(1)")')).toHaveCount(0);
  watch.expectClean();
});

test('the current arrow rests while the reader steps on, then runs its dashes forward in a few jumps', async ({ page }) => {
  await open(page, '?view=overview&step=1');
  const timing = await page.evaluate(async () => {
    const flowing = () =>
      document.getAnimations().some((animation) => (animation as CSSAnimation).animationName.endsWith('pathway-flow'));
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const next = document.querySelector<HTMLButtonElement>('[data-step-next]')!;
    next.click();
    const pressed = performance.now();
    await frame();
    // A reader who steps on quickly never makes the browser start (or draw) the dashes.
    const atStep = flowing();
    while (!flowing() && performance.now() - pressed < 5000) await new Promise((resolve) => setTimeout(resolve, 20));
    const waited = performance.now() - pressed;
    next.click();
    await frame();
    return { atStep, waited, afterNextStep: flowing() };
  });
  expect(timing.atStep).toBe(false);
  expect(timing.waited).toBeGreaterThanOrEqual(400);
  expect(timing.waited).toBeLessThan(5000);
  expect(timing.afterNextStep).toBe(false);

  await expect(page.locator('.diagram-frame.flowing')).toHaveCount(1);
  const run = await page
    .locator('.edge-now')
    .first()
    .evaluate((edge) => {
      const animation = edge.getAnimations()[0]!;
      const line = edge.querySelector('.edge-line')!;
      const computed = animation.effect!.getComputedTiming();
      animation.pause();
      // The line's dash offset (inherited from its arrow) across one run, sampled every 10 ms:
      // each new value is one repaint.
      const offsets: number[] = [];
      for (let time = 0; time < Number(computed.duration); time += 10) {
        animation.currentTime = time;
        offsets.push(parseFloat(getComputedStyle(line).strokeDashoffset));
      }
      return { iterations: computed.iterations, endTime: Number(computed.endTime), offsets };
    });
  expect(run.iterations).toBe(2);
  expect(run.endTime).toBeLessThanOrEqual(2000);
  expect(new Set(run.offsets).size).toBeGreaterThan(1);
  expect(new Set(run.offsets).size).toBeLessThanOrEqual(8);
  // Forward: the offset falls, so the dashes travel from the arrow's start to its head.
  expect(run.offsets[run.offsets.length - 1]).toBeLessThan(run.offsets[0]!);
});

test('stepping respects reduced motion: the current arrow does not animate', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page, '?view=overview&step=2');
  // Once the reader has stayed on the step, the dashes would run; with reduced motion they stay still.
  await expect(page.locator('.diagram-frame.flowing')).toHaveCount(1);
  const animation = await page
    .locator('.edge-now')
    .first()
    .evaluate((edge) => getComputedStyle(edge).animationName);
  expect(animation).toBe('none');
  const flows = await page.evaluate(
    () => document.getAnimations().filter((run) => (run as CSSAnimation).animationName.endsWith('pathway-flow')).length,
  );
  expect(flows).toBe(0);
});

for (const view of views) {
  for (const theme of themes) {
    test(`axe finds no violations in the ${view} view, ${theme} theme, with a card open`, async ({ page }) => {
      await useTheme(page, theme);
      const watch = watchPage(page);
      await open(page, `?view=${view}&ligand=lps,morphine&contested=1&step=2`);
      await page.locator('svg.pathway-svg [data-node]').first().click();
      await expect(page.locator('.node-card')).toBeVisible();
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3)}`)).toEqual([]);
      watch.expectClean();
    });
  }
}

test('going back and forward in history restores the state in the address bar', async ({ page }) => {
  const svg = await open(page, '?view=opioid');
  await page.evaluate(() => {
    history.pushState(null, '', '?view=sensitization');
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect(svg).toHaveAttribute('data-view', 'sensitization');
  await page.goBack();
  await expect(svg).toHaveAttribute('data-view', 'opioid');
});

test('with the quiz on, a prediction holds the step until it is answered or skipped, then shows it', async ({ page }) => {
  await open(page, '?view=detailed&step=0');
  await page.getByRole('checkbox', { name: /Quiz me/ }).check();
  const label = page.locator('.step-label');
  const prompt = page.locator('section.prediction');
  const stepNumber = async () => Number(/Step (\d+)/.exec((await label.textContent()) ?? '')?.[1] ?? 0);

  // Step forward until the diagram asks; the step it asks about is not shown yet.
  for (let i = 0; i < 20 && (await prompt.count()) === 0; i += 1) await page.locator('[data-step-next]').click();
  await expect(prompt.getByRole('heading', { name: 'Predict the next step' })).toBeFocused();
  const held = await stepNumber();
  await page.locator('[data-step-next]').click();
  expect(await stepNumber(), 'Next is held while the question is open').toBe(held);
  const axe = await new AxeBuilder({ page }).include('section.prediction').analyze();
  expect(axe.violations).toEqual([]);

  // On a phone each option's words stay beside its radio.
  await page.setViewportSize({ width: 320, height: 700 });
  for (const option of await prompt.locator('label').all()) {
    const [radio, words] = [
      (await option.getByRole('radio').boundingBox())!,
      (await option.locator('span').first().boundingBox())!,
    ];
    expect(words.y, 'the words start beside the radio, not under it').toBeLessThan(radio.y + radio.height);
    expect(words.x).toBeGreaterThan(radio.x + radio.width);
  }
  await page.setViewportSize({ width: 1280, height: 720 });

  // A wrong answer gets feedback aimed at the misconception, the explanation and a source.
  await prompt.getByRole('radio').nth(1).check();
  await prompt.getByRole('button', { name: 'Check my answer' }).click();
  await expect(prompt.getByRole('status')).toContainText('Not quite.');
  await expect(prompt.getByRole('status').getByRole('link').first()).toHaveAttribute('href', /references\/#ref-/);
  // Focus moves from the check button, which goes, to the one that replaces it; then, when the
  // question goes, back to Next, which asked it.
  await expect(prompt.getByRole('button', { name: 'Show the step' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(prompt).toHaveCount(0);
  expect(await stepNumber()).toBe(held + 1);
  await expect(page.locator('[data-step-next]')).toBeFocused();

  // The next question can be skipped: the step is shown straight away.
  for (let i = 0; i < 20 && (await prompt.count()) === 0; i += 1) await page.locator('[data-step-next]').click();
  const second = await stepNumber();
  await prompt.getByRole('button', { name: 'Skip and show the step' }).click();
  await expect(prompt).toHaveCount(0);
  expect(await stepNumber()).toBe(second + 1);
  await expect(page.locator('[data-step-next]')).toBeFocused();
});

test('the diagram in words: the state as text and every step of the scenario, following the reader', async ({ page }) => {
  await open(page, '?view=detailed&step=2');
  const words = page.locator('details.in-words');
  await words.locator('summary').click();
  await expect(words.locator('p')).toContainText('Showing step 2 of');
  const steps = await words.locator('li').count();
  await expect(page.locator('.step-label')).toHaveText(new RegExp(`Step 2 of ${steps - 1}`));
  await page.locator('[data-step-next]').click();
  await expect(words.locator('p')).toContainText('Showing step 3 of');
  await page.getByRole('radio', { name: /Low-dose naltrexone/ }).check();
  await expect(words.locator('p')).toContainText('Low-dose naltrexone');
});

// The sections under the diagram are laid out only when the reader comes near them
// (`.laid-out-when-near`): a link to one must still land on it, drawn, at any width.
for (const width of [320, 1280])
  test(`a link to the embed builder or the citation lands on it at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const [id, content] of [
      ['embed', '#embed-builder > summary'],
      ['cite-title', '.cite-block .bibtex'],
    ] as const) {
      await page.goto(`${page0}#${id}`);
      const heading = page.locator(`#${id}`);
      await expect(heading).toBeInViewport();
      await expect(page.locator(content)).toBeInViewport();
      // Still there once the blocks above it have been laid out at their real size.
      await page.waitForTimeout(500);
      const top = await heading.evaluate((element) => element.getBoundingClientRect().top);
      expect(top).toBeGreaterThanOrEqual(-1);
      expect(top).toBeLessThan(400);
    }
  });
