import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { rootPort } from '../../playwright.config';
import { expectNoViolations } from './support/axe';
import { servedInPieces } from './support/in-pieces';
import { recordShifts, shifts, themes, watchPage } from './support/site';

// Presentations (/present/<diagram>/): the clicker keys, blank and fullscreen, and, inside a
// slide deck on another origin, forwarded keys and next/prev/goto commands from the parent.
const site = `http://127.0.0.1:${rootPort}`;
const deck = (page: Page) => page.locator('main.deck');

async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr');
  await page.locator('h1').click(); // focus the page, as a presenter's first click does
}

test('every clicker key moves through the steps as specified', async ({ page }) => {
  const watch = watchPage(page);
  await open(page, '/present/tlr4-pathway/?view=detailed&ligand=lps');
  await expect(deck(page)).toHaveAttribute('data-slide', '0');
  const count = Number(await deck(page).getAttribute('data-count'));
  expect(count).toBeGreaterThan(8);
  const moves: Array<[string, number]> = [
    ['ArrowRight', 1],
    ['ArrowDown', 2],
    ['PageDown', 3],
    ['Space', 4],
    ['Enter', 5],
    ['ArrowLeft', 4],
    ['ArrowUp', 3],
    ['PageUp', 2],
    ['Backspace', 1],
    ['Shift+Space', 0],
    ['End', count - 1],
    ['PageDown', count - 1],
    ['Home', 0],
    ['PageUp', 0],
  ];
  for (const [key, slide] of moves) {
    await page.keyboard.press(key);
    await expect(deck(page), `after ${key}`).toHaveAttribute('data-slide', String(slide));
  }
  await expect(page.locator('svg.pathway-svg')).toHaveAttribute('data-step', '0');
  await page.keyboard.press('PageDown');
  await expect(page.locator('.deck-label')).toHaveText('Step 1 of ' + (count - 1));
  await expect(page.locator('.deck-caption')).toHaveAttribute('aria-live', 'polite');
  await expect(page).toHaveURL(/view=detailed.*step=1/);
  watch.expectClean();
});

test('the server-drawn diagram is the one that steps: hydrated in place, never drawn again', async ({ page }) => {
  // Counts every pathway SVG taken out of the page from the first byte on: hydration that
  // replaced the server's drawing would flash, and redraw the whole diagram on a slow phone.
  await page.addInitScript(() => {
    const removed: string[] = [];
    Object.assign(window, { removedDiagrams: removed });
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.removedNodes)
          if (node instanceof Element && (node.matches('svg.pathway-svg') || node.querySelector('svg.pathway-svg')))
            removed.push(node.nodeName);
    }).observe(document, { childList: true, subtree: true });
  });
  await open(page, '/present/tlr4-pathway/?view=opioid&ligand=lps,morphine&step=1');
  const svg = page.locator('svg.pathway-svg');
  await expect(svg).toHaveCount(1);
  await expect(svg).toHaveAttribute('data-view', 'opioid');
  await expect(svg).toHaveAttribute('data-step', '1');
  await page.keyboard.press('ArrowRight');
  await expect(svg).toHaveAttribute('data-step', '2');
  expect(await page.evaluate(() => (window as unknown as { removedDiagrams: string[] }).removedDiagrams)).toEqual([]);
});

test('B and "." blank the screen and bring it back; a move key brings it back without moving', async ({ page }) => {
  await open(page, '/present/tlr4-pathway/?step=2');
  await expect(deck(page)).toHaveAttribute('data-slide', '2');
  await page.keyboard.press('b');
  await expect(page.locator('.deck-blank')).toBeVisible();
  await page.keyboard.press('b');
  await expect(page.locator('.deck-blank')).toBeHidden();
  await page.keyboard.press('.');
  await expect(page.locator('.deck-blank')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.deck-blank')).toBeHidden();
  await page.keyboard.press('B');
  await page.keyboard.press('PageDown');
  await expect(page.locator('.deck-blank')).toBeHidden();
  await expect(deck(page)).toHaveAttribute('data-slide', '2');
});

test('F enters fullscreen and Escape or F leaves it', async ({ page }) => {
  await open(page, '/present/tlr4-pathway/');
  const isFullscreen = () => page.evaluate(() => document.fullscreenElement !== null);
  await page.keyboard.press('f');
  await expect.poll(isFullscreen).toBe(true);
  await expect(page.locator('[data-deck="fullscreen"]')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');
  await expect.poll(isFullscreen).toBe(false);
  await page.keyboard.press('F');
  await expect.poll(isFullscreen).toBe(true);
  await page.keyboard.press('F');
  await expect.poll(isFullscreen).toBe(false);
});

test('the toolbar buttons work, and a focused button keeps Enter for itself', async ({ page }) => {
  await open(page, '/present/tlr4-pathway/');
  await page.locator('[data-deck="next"]').click();
  await expect(deck(page)).toHaveAttribute('data-slide', '1');
  await page.locator('[data-deck="next"]').press('Enter');
  await expect(deck(page)).toHaveAttribute('data-slide', '2');
  await page.locator('[data-deck="prev"]').click();
  await expect(deck(page)).toHaveAttribute('data-slide', '1');
  await expect(page.getByRole('link', { name: 'Leave the presentation' })).toHaveAttribute(
    'href',
    /\/diagrams\/tlr4-pathway\/\?step=1$/,
  );
});

test('an explorable is presented slide by slide', async ({ page }) => {
  await open(page, '/present/nnt-icon-array/');
  const radios = page.locator('figure[data-explorable] input[type="radio"]');
  const ids = await radios.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  await expect(deck(page)).toHaveAttribute('data-count', String(ids.length));
  await page.keyboard.press('ArrowRight');
  await expect(deck(page)).toHaveAttribute('data-slide', '1');
  await expect(page.locator(`figure[data-explorable] input[value="${ids[1]}"]`)).toBeChecked();
  await expect(page.locator('.deck-label')).toHaveText(new RegExp(`^Source 2 of ${ids.length}`));
  await expect(page).toHaveURL(/slide=1/);

  await open(page, '/present/dose-timeline/?slide=1');
  await expect(page.locator('figure[data-explorable] input[type="range"]')).toHaveValue('50');
  await page.keyboard.press('End');
  await expect(deck(page)).toHaveAttribute('data-slide', '3');
});

test.describe('inside a slide deck on another origin', () => {
  const hostPages = new Map<string, string>();
  const servers: http.Server[] = [];
  let host = '';
  let other = '';

  const serve = () => {
    const server = http.createServer((request, response) => {
      const body = hostPages.get(request.url ?? '');
      response.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(body ?? 'Not found');
    });
    servers.push(server);
    return new Promise<string>((resolve) =>
      server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
    );
  };
  test.beforeAll(async () => {
    [host, other] = await Promise.all([serve(), serve()]);
  });
  test.afterAll(() => Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve)))));

  test('presentation pages may be framed by other sites', async ({ request }) => {
    const response = await request.get('/present/tlr4-pathway/');
    const headers = response.headers();
    expect(headers['x-frame-options'], 'remove X-Frame-Options for /present/* (see _headers)').toBeUndefined();
    expect(headers['content-security-policy'] ?? '', 'frame-ancestors for /present/* must allow other sites').not.toMatch(
      /frame-ancestors 'self'|frame-ancestors 'none'/,
    );
  });

  test('keys it does not use reach the parent; next, prev and goto from the parent move it; bad commands are ignored', async ({
    page,
  }) => {
    hostPages.set('/sibling.html', '<!doctype html><title>Sibling</title><p>A third-party widget</p>');
    hostPages.set(
      '/deck.html',
      `<!doctype html><html lang="en"><title>Deck</title><script>window.received = []; addEventListener('message', (e) => received.push({ origin: e.origin, data: e.data }));</script>
       <iframe id="p" src="${site}/present/tlr4-pathway/?view=detailed" title="Presentation" width="1000" height="600" allow="fullscreen"></iframe>
       <iframe id="s" src="${other}/sibling.html" title="Sibling" width="100" height="50"></iframe></html>`,
    );
    await page.goto(`${host}/deck.html`);
    const received = () =>
      page.evaluate(() => (window as unknown as { received: Array<{ origin: string; data: Record<string, unknown> }> }).received);
    const frame = page.frameLocator('#p');
    await expect(frame.locator('astro-island').first()).not.toHaveAttribute('ssr');
    const slide = () => frame.locator('main.deck').getAttribute('data-slide');
    await expect.poll(async () => (await received()).some((m) => m.data.type === 'tlr4-explainer:slide')).toBe(true);

    // Keys: an unused key is forwarded with its details; a clicker key is used, not forwarded.
    await frame.locator('h1').click();
    await page.keyboard.press('x');
    await page.keyboard.press('Shift+N');
    await page.keyboard.press('ArrowRight');
    await expect.poll(slide).toBe('1');
    await expect
      .poll(async () => (await received()).filter((m) => m.data.type === 'tlr4-explainer:key').map((m) => m.data.key))
      .toEqual(['x', 'N']);
    const key = (await received()).find((m) => m.data.key === 'N')!;
    expect(key.origin).toBe(site);
    expect(key.data).toEqual({
      type: 'tlr4-explainer:key',
      version: 1,
      key: 'N',
      code: 'KeyN',
      altKey: false,
      ctrlKey: false,
      metaKey: false,
      shiftKey: true,
    });
    await expect
      .poll(async () => (await received()).filter((m) => m.data.type === 'tlr4-explainer:slide').at(-1)?.data)
      .toMatchObject({ diagram: 'tlr4-pathway', slide: 1, slideCount: expect.any(Number) });

    // Commands from the parent.
    const send = (data: unknown) =>
      page.evaluate(
        (message) => (document.getElementById('p') as HTMLIFrameElement).contentWindow!.postMessage(message, '*'),
        data,
      );
    await send({ type: 'tlr4-explainer:command', version: 1, command: 'goto', slide: 5 });
    await expect.poll(slide).toBe('5');
    await send({ type: 'tlr4-explainer:command', version: 1, command: 'next' });
    await expect.poll(slide).toBe('6');
    await send({ type: 'tlr4-explainer:command', command: 'prev' });
    await expect.poll(slide).toBe('5');

    // Bad payloads, and a good one from a frame that is not the parent, change nothing and throw nothing.
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    for (const bad of [
      'next',
      null,
      [1],
      { type: 'tlr4-explainer:command', command: 'goto', slide: 999 },
      { type: 'tlr4-explainer:command', command: 'goto', slide: '2' },
      { type: 'tlr4-explainer:command', command: 'goto', slide: 2.5 },
      { type: 'tlr4-explainer:command', command: 'next', extra: 1 },
      { type: 'tlr4-explainer:command', version: 2, command: 'next' },
      { type: 'tlr4-explainer:command', command: 'eval' },
    ])
      await send(bad);
    const sibling = page.frames().find((candidate) => candidate.url().endsWith('/sibling.html'))!;
    await sibling.evaluate(() =>
      parent.frames[0]!.postMessage({ type: 'tlr4-explainer:command', version: 1, command: 'goto', slide: 1 }, '*'),
    );
    await send({ type: 'tlr4-explainer:command', command: 'goto', slide: 4 });
    await expect.poll(slide).toBe('4');
    expect(errors).toEqual([]);
  });
});

for (const diagram of ['tlr4-pathway', 'nnt-icon-array', 'forest-plot', 'dose-timeline']) {
  for (const theme of themes) {
    test(`axe finds no violations on the ${diagram} presentation in the ${theme} theme`, async ({ page }) => {
      await open(page, `/present/${diagram}/?theme=${theme}`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await page.keyboard.press('ArrowRight');
      await expectNoViolations(page);
    });
  }
}

test('the presentation defaults to the projector look, and the keys are listed', async ({ page }) => {
  await open(page, '/present/tlr4-pathway/');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--stroke').trim())).toBe('3px');
  await page.getByText('Keys', { exact: true }).click();
  await expect(page.getByText('Blank the screen, and back')).toBeVisible();
  await expectNoViolations(page);
});

for (const [width, height, screen] of [
  [1024, 768, 'projector'],
  [1280, 800, 'projector'],
  [1920, 1080, 'projector'],
  [390, 844, 'phone'],
  [844, 390, 'phone held sideways'],
] as const) {
  test(`on a ${width}×${height} ${screen} the diagram keeps its size on every slide, long captions included`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await open(page, '/present/tlr4-pathway/?view=detailed&ligand=lps,hmgb1,morphine&drug=ldn&contested=1');
    await page.keyboard.press('Home');
    const svg = page.locator('svg.pathway-svg');
    const size = () => svg.evaluate((element) => `${element.clientWidth}×${element.clientHeight}`);
    const first = await size();
    const count = Number(await deck(page).getAttribute('data-count'));
    let long = 0;
    for (let slide = 1; slide < count; slide += 1) {
      await page.keyboard.press('ArrowRight');
      await expect(deck(page)).toHaveAttribute('data-slide', String(slide));
      if (await page.locator('.deck-text.long').count()) long += 1;
      expect(await size(), `slide ${slide + 1}`).toBe(first);
    }
    // The walk met a caption long enough to be set in the smaller type.
    expect(long).toBeGreaterThan(0);
  });
}

test('on a wide projector the caption sits beside the diagram, which takes most of the height', async ({ page }) => {
  for (const [width, height] of [
    [1920, 1080],
    [1280, 720],
  ] as const) {
    await page.setViewportSize({ width, height });
    await open(page, '/present/tlr4-pathway/?view=detailed&step=5');
    const drawn = await page.locator('svg.pathway-svg').evaluate((svg: SVGSVGElement) => {
      const box = svg.getBoundingClientRect();
      const { width: w, height: h } = svg.viewBox.baseVal;
      const scale = Math.min(box.width / w, box.height / h);
      return { right: box.left + w * scale, height: h * scale };
    });
    const caption = (await page.locator('.deck-caption').boundingBox())!;
    expect(caption.x, `${width}×${height}: the caption is beside the diagram`).toBeGreaterThanOrEqual(drawn.right);
    // Below the diagram, the caption left it about 60% of a 1080p screen's height.
    expect(drawn.height / height, `${width}×${height}: the diagram's share of the height`).toBeGreaterThan(0.75);
    expect(await page.evaluate(() => document.documentElement.scrollHeight - innerHeight)).toBeLessThanOrEqual(0);
  }
});

test('on a phone held sideways the caption sits beside the diagram too, and the toolbar takes one row where it can', async ({
  page,
}) => {
  for (const [width, height] of [
    [844, 390],
    [932, 430],
    [667, 375],
  ] as const) {
    await page.setViewportSize({ width, height });
    await open(page, '/present/tlr4-pathway/?view=detailed&step=5');
    const where = `${width}×${height}`;
    const drawn = await page.locator('svg.pathway-svg').evaluate((svg: SVGSVGElement) => {
      const box = svg.getBoundingClientRect();
      const { width: w, height: h } = svg.viewBox.baseVal;
      const scale = Math.min(box.width / w, box.height / h);
      return { right: box.left + (box.width + w * scale) / 2, height: h * scale };
    });
    const caption = (await page.locator('.deck-caption').boundingBox())!;
    expect(caption.x, `${where}: the caption is beside the diagram`).toBeGreaterThanOrEqual(drawn.right - 1);
    // Below the diagram, the caption and a toolbar of two rows left it a fifth of the height.
    expect(drawn.height / height, `${where}: the diagram's share of the height`).toBeGreaterThan(0.5);
    // (The narrowest, 667 px, has room for the buttons but not the link beside them.)
    const rows = await page
      .locator('.deck-bar > *')
      .evaluateAll((parts) => new Set(parts.map((part) => part.getBoundingClientRect().top)).size);
    expect(rows, `${where}: the toolbar's rows`).toBe(width < 844 ? 2 : 1);
    expect(await page.evaluate(() => document.documentElement.scrollHeight - innerHeight)).toBeLessThanOrEqual(0);
  }
});

for (const explorable of ['nnt-icon-array', 'forest-plot', 'dose-timeline']) {
  test(`every slide of the ${explorable} presentation fits a projector's screen, without scrolling`, async ({ page }) => {
    for (const [width, height] of [
      [1280, 720],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      await open(page, `/present/${explorable}/`);
      const count = Number(await deck(page).getAttribute('data-count'));
      for (let slide = 0; slide < count; slide += 1) {
        if (slide > 0) await page.keyboard.press('ArrowRight');
        await expect(deck(page)).toHaveAttribute('data-slide', String(slide));
        const where = `${width}×${height}, slide ${slide + 1}`;
        // A clicker cannot scroll: the whole figure is on the stage, and it fills one of its sides.
        await expect
          .poll(() => page.locator('.deck-stage').evaluate((stage) => stage.scrollHeight - stage.clientHeight), where)
          .toBe(0);
        const fill = await page.locator('.deck-stage').evaluate((stage) => {
          const figure = stage.querySelector('figure')!.getBoundingClientRect();
          const box = stage.getBoundingClientRect();
          return Math.max(figure.width / box.width, figure.height / box.height);
        });
        expect(fill, where).toBeGreaterThan(0.6);
      }
    }
  });
}

test("an explorable's first slide is drawn at its fitted size, and does not jump when the deck starts", async ({ page }) => {
  await recordShifts(page);
  for (const [width, height] of [
    [1920, 1080],
    [412, 823],
  ] as const) {
    await page.setViewportSize({ width, height });
    for (const explorable of ['nnt-icon-array', 'forest-plot', 'dose-timeline']) {
      const where = `${explorable} at ${width}×${height}`;
      await page.goto(`/present/${explorable}/`);
      await expect(page.locator('astro-island').first(), where).not.toHaveAttribute('ssr');
      // The fit's observer has answered once the slide is zoomed by the deck's own code.
      await page.waitForTimeout(300);
      expect(await shifts(page), where).toEqual([]);
      if (width === 1920)
        expect(Number(await page.locator('[data-fit-stage]').evaluate((slide) => slide.style.zoom)), where).not.toBe(1);
    }
  }
});

test('the deck does not move while its page arrives in pieces (a slow network)', async ({ page }) => {
  // Cut inside the toolbar (in its first button's tag), with a pause before the rest.
  const served = await servedInPieces(site, '/present/tlr4-pathway/', 'data-deck="prev"');
  try {
    await page.setViewportSize({ width: 412, height: 823 });
    await recordShifts(page);
    await page.goto(served.url);
    await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr');
    await expect(page.locator('.deck-leave')).toBeVisible();
    expect(await shifts(page)).toEqual([]);
  } finally {
    await served.close();
  }
});
