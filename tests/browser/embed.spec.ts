import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Frame, type Locator, type Page } from '@playwright/test';
import { rootPort } from '../../playwright.config';
import { diagrams as diagramInfo } from '../../src/export/diagrams';
import { expectNoViolations } from './support/axe';
import { holdScripts, themes, watchPage } from './support/site';

// Embeds (/embed/<diagram>/), their self-sizing messages, the host script (/embed.js), the
// builder and oEmbed. Host pages come from a tiny server on another port (another origin), as an
// LMS page on another site would embed the diagrams; a second one plays a third-party site.
const site = `http://127.0.0.1:${rootPort}`;
const diagrams = ['tlr4-pathway', 'nnt-icon-array', 'forest-plot', 'dose-timeline'] as const;
const hostPages = new Map<string, string>();
const servers: http.Server[] = [];
let host = '';
let other = '';

function serve(): Promise<string> {
  const server = http.createServer((request, response) => {
    const body = hostPages.get(request.url ?? '');
    response.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(body ?? 'Not found');
  });
  servers.push(server);
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );
}

test.beforeAll(async () => {
  [host, other] = await Promise.all([serve(), serve()]);
});
test.afterAll(() => Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve)))));

/** Serves `body` as an HTML page at host/<name>.html and opens it. */
async function openHost(page: Page, body: string, name = 'host') {
  hostPages.set(`/${name}.html`, `<!doctype html><html lang="en"><title>Host</title><body>${body}</body></html>`);
  await page.goto(`${host}/${name}.html`);
}

/** Records every message the host page receives, with its origin. */
const recordMessages = `<script>window.received = []; addEventListener('message', (e) => received.push({ origin: e.origin, data: e.data }));</script>`;

async function frameOf(page: Page, selector: string): Promise<Frame> {
  const handle = await page.locator(selector).elementHandle();
  const frame = await handle!.contentFrame();
  await frame!.waitForLoadState();
  return frame!;
}

/** The height of the iframe's viewport (without its border). */
const innerHeight = (iframe: Locator) => iframe.evaluate((element) => element.clientHeight);

const contentHeight = (frame: Frame) =>
  frame.evaluate(() => Math.ceil(document.querySelector('.embed-root')!.getBoundingClientRect().height));

for (const diagram of diagrams) {
  test(`${diagram}: embedded on another origin with the host script, the iframe takes its content's height`, async ({ page }) => {
    await openHost(
      page,
      `<h1>Course page</h1><iframe id="e" src="${site}/embed/${diagram}/?controls=none" title="Embed" width="700" height="300"></iframe>
       <script src="${site}/embed.js" async></script>`,
    );
    const iframe = page.locator('#e');
    await expect(iframe).toHaveAttribute('data-tlr4-resized', /\d+/, { timeout: 15_000 });
    const frame = await frameOf(page, '#e');
    await expect(async () => {
      expect(Math.abs((await innerHeight(iframe)) - (await contentHeight(frame)))).toBeLessThanOrEqual(1);
    }).toPass();
    // Nothing is cut off: the embed does not scroll inside the frame.
    expect(
      await frame.evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight),
    ).toBeLessThanOrEqual(1);
  });
}

test('a lazy iframe below the fold is sized when it loads, with no error in the host page', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await openHost(
    page,
    `<h1>Course page</h1><div style="height: 3000px"></div>
     <iframe id="e" src="${site}/embed/tlr4-pathway/?controls=none" title="Embed" width="700" height="300" loading="lazy"></iframe>
     <script src="${site}/embed.js"></script>`,
    'lazy',
  );
  const iframe = page.locator('#e');
  await page.waitForTimeout(500);
  await iframe.scrollIntoViewIfNeeded();
  await expect(iframe).toHaveAttribute('data-tlr4-resized', /\d+/, { timeout: 15_000 });
  expect(errors).toEqual([]);
});

// The snippet's fixed height (for an LMS that strips the host script) holds the whole embed at
// 640 and 1000 px, in each view, plain and with the scenario that adds the most notes.
const pathwayStates = ['overview', 'detailed', 'opioid', 'sensitization'].flatMap((view) => [
  `view=${view}`,
  `view=${view}&ligand=lps,hmgb1,morphine&drug=plus-naltrexone&cell=monocyte&contested=1`,
]);
for (const diagram of diagrams) {
  test(`${diagram}: the snippet's heights hold the whole embed from 640 to 1000 px wide`, async ({ page }) => {
    test.setTimeout(120_000);
    for (const width of [640, 1000]) {
      await page.setViewportSize({ width, height: 300 });
      for (const controls of ['full', 'steps', 'none'] as const)
        for (const state of diagram === 'tlr4-pathway' ? pathwayStates : ['']) {
          await page.goto(`/embed/${diagram}/?${state ? `${state}&` : ''}controls=${controls}`);
          await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          expect(height, `${state} controls=${controls} at ${width} px`).toBeLessThanOrEqual(
            diagramInfo[diagram].heights[controls],
          );
        }
    }
  });
}

test('the iframe follows the embed when its content grows', async ({ page }) => {
  await openHost(
    page,
    `<iframe id="e" src="${site}/embed/tlr4-pathway/?controls=steps" title="Embed" width="800" height="400"></iframe>
     <script src="${site}/embed.js"></script>`,
  );
  const iframe = page.locator('#e');
  await expect(iframe).toHaveAttribute('data-tlr4-resized', /\d+/);
  const frame = await frameOf(page, '#e');
  await expect(frame.locator('astro-island').first()).not.toHaveAttribute('ssr');
  const before = await innerHeight(iframe);
  await frame.getByRole('button', { name: 'Keyboard help' }).click();
  await expect(frame.getByRole('heading', { name: 'Keyboard help' })).toBeVisible();
  await expect.poll(() => innerHeight(iframe)).toBeGreaterThan(before + 100);
  await expect.poll(async () => Math.abs((await innerHeight(iframe)) - (await contentHeight(frame)))).toBeLessThanOrEqual(1);
});

test('an embed posts its height in both formats, and its state, to the parent', async ({ page }) => {
  await openHost(
    page,
    `${recordMessages}<iframe id="e" src="${site}/embed/forest-plot/" title="Embed" width="700" height="300"></iframe>`,
  );
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { received: unknown[] }).received.length))
    .toBeGreaterThanOrEqual(2);
  const received = await page.evaluate(
    () => (window as unknown as { received: Array<{ origin: string; data: Record<string, unknown> }> }).received,
  );
  const lti = received.find((message) => message.data.subject === 'lti.frameResize');
  const ours = received.find((message) => message.data.type === 'tlr4-explainer:resize');
  expect(lti?.origin).toBe(site);
  expect(lti?.data).toEqual({ subject: 'lti.frameResize', height: expect.any(Number) });
  expect(ours?.data).toEqual({ type: 'tlr4-explainer:resize', version: 1, diagram: 'forest-plot', height: lti?.data.height });
  expect(lti!.data.height as number).toBeGreaterThan(500);

  const frame = await frameOf(page, '#e');
  await expect(frame.locator('astro-island').first()).not.toHaveAttribute('ssr');
  await frame.getByRole('radio', { name: /fibromyalgia/i }).check();
  await expect
    .poll(() =>
      page.evaluate(() =>
        (window as unknown as { received: Array<{ data: Record<string, unknown> }> }).received.find(
          (message) => message.data.type === 'tlr4-explainer:state',
        ),
      ),
    )
    .toMatchObject({
      data: { type: 'tlr4-explainer:state', version: 1, diagram: 'forest-plot', search: '?forest=fibromyalgia' },
    });
});

test('the host script ignores messages from another origin and from frames other than the sender', async ({ page }) => {
  hostPages.set('/evil.html', '<!doctype html><title>Other</title><p>Another site</p>');
  await openHost(
    page,
    `<iframe id="a" src="${site}/embed/tlr4-pathway/?controls=none" title="A" width="700" height="300"></iframe>
     <iframe id="b" src="${site}/embed/nnt-icon-array/" title="B" width="700" height="300"></iframe>
     <iframe id="evil" src="${other}/evil.html" title="Other" width="300" height="100"></iframe>
     <script src="${site}/embed.js"></script>`,
  );
  await expect(page.locator('#a')).toHaveAttribute('data-tlr4-resized', /\d+/);
  await expect(page.locator('#b')).toHaveAttribute('data-tlr4-resized', /\d+/);
  const heightOf = (id: string) =>
    page.locator(`#${id}`).evaluate((element) => (element as HTMLElement).getBoundingClientRect().height);
  const a = await heightOf('a');
  const b = await heightOf('b');

  // Record every height the host script sets from now on.
  await page.evaluate(() => {
    const seen: Record<string, string[]> = { a: [], b: [], evil: [] };
    (window as unknown as { seen: typeof seen }).seen = seen;
    new MutationObserver((records) => {
      for (const record of records)
        seen[(record.target as Element).id]?.push((record.target as Element).getAttribute('height') ?? '');
    }).observe(document.body, { attributes: true, attributeFilter: ['height'], subtree: true });
  });
  // Another origin: a frame of another site, and the host page itself, claim a resize.
  const evil = await frameOf(page, '#evil');
  await evil.evaluate(() => {
    parent.postMessage({ type: 'tlr4-explainer:resize', version: 1, diagram: 'tlr4-pathway', height: 222 }, '*');
    parent.postMessage({ subject: 'lti.frameResize', height: 222 }, '*');
  });
  await page.evaluate(() => window.postMessage({ subject: 'lti.frameResize', height: 223 }, '*'));
  // Frame B sends a resize: it applies to B (which then reports its own height again), never to A.
  // Nonsense heights are ignored.
  const frameB = await frameOf(page, '#b');
  await frameB.evaluate(() => {
    parent.postMessage({ subject: 'lti.frameResize', height: 1e9 }, '*');
    parent.postMessage({ subject: 'lti.frameResize', height: '400px' }, '*');
    parent.postMessage({ type: 'tlr4-explainer:resize', version: 1, diagram: 'nnt-icon-array', height: 4321 }, '*');
  });
  const seen = () => page.evaluate(() => (window as unknown as { seen: Record<string, string[]> }).seen);
  await expect.poll(async () => (await seen()).b).toContain('4321');
  expect(b).not.toBe(4321);
  const all = await seen();
  expect(all.b).not.toContain('1000000000');
  for (const forged of ['222', '223', '4321']) expect(all.a).not.toContain(forged);
  for (const forged of ['222', '223']) expect(all.b).not.toContain(forged);
  expect(await heightOf('a')).toBe(a);
  expect((await seen()).evil).toEqual([]);
  await expect(page.locator('#evil')).not.toHaveAttribute('data-tlr4-resized');
  await expect(page.locator('#a')).not.toHaveAttribute('data-tlr4-resized', '223');
});

test('an embed honours the state, theme and controls of its link and keeps the credit link in step', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto('/embed/tlr4-pathway/?view=opioid&ligand=morphine&contested=1&step=2&controls=steps&theme=dark');
  await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const svg = page.locator('svg.pathway-svg');
  await expect(svg).toHaveAttribute('data-view', 'opioid');
  await expect(svg).toHaveAttribute('data-step', '2');
  await expect(page.getByRole('group', { name: 'Step through the signal' })).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(0);
  await page.locator('[data-step-next]').click();
  await expect(svg).toHaveAttribute('data-step', '3');
  await expect(page).toHaveURL(/step=3/);
  await expect(page).toHaveURL(/controls=steps/);
  const credit = page.locator('a[data-full-link]');
  await expect(credit).toHaveAttribute('href', /\/diagrams\/tlr4-pathway\/\?view=opioid&ligand=morphine&contested=1&step=3$/);
  await expect(credit).toHaveAttribute('target', '_blank');
  // Keyboard: Tab reaches one node of the diagram, and the arrows walk along the arrows.
  await page.locator('[data-step-all]').focus();
  await page.keyboard.press('Tab');
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-node'));
  const first = await focused();
  expect(first).toBeTruthy();
  // The walk loads with the explorer's on-demand parts, so focus moves a moment after the key.
  await page.keyboard.press('End');
  await expect.poll(focused).not.toBe(first);
  await page.keyboard.press('Home');
  await expect.poll(focused).toBe(first);
  watch.expectClean();
});

test('an embed whose path names the view links to that view, and keeps it for a bad view in its link', async ({ page }) => {
  await page.goto('/embed/tlr4-pathway/detailed/?ligand=lps,morphine&drug=ldn&step=3');
  await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr');
  await expect(page.locator('svg.pathway-svg')).toHaveAttribute('data-view', 'detailed');
  await expect(page.locator('a[data-full-link]')).toHaveAttribute(
    'href',
    /\/diagrams\/tlr4-pathway\/\?view=detailed&ligand=lps,morphine&drug=ldn&step=3$/,
  );
  // A view the link gets wrong falls back to the path's view, and says so.
  await page.goto('/embed/tlr4-pathway/sensitization/?view=bogus');
  await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr');
  await expect(page.locator('svg.pathway-svg')).toHaveAttribute('data-view', 'sensitization');
  await expect(page.getByRole('status').filter({ hasText: 'showing view=sensitization instead' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^The TLR4 pathway: Central sensitisation$/);
});

test("an embed's title names the view it shows, as its link or its reader changes it", async ({ page }) => {
  const heading = page.getByRole('heading', { level: 1 });
  const credit = page.locator('a[data-full-link]');
  await page.goto('/embed/tlr4-pathway/opioid/?view=detailed');
  await expect(page.locator('svg.pathway-svg')).toHaveAttribute('data-view', 'detailed');
  await expect(heading).toHaveText(/^The TLR4 pathway: Detailed/);
  await expect(credit).toContainText(/^The TLR4 pathway: Detailed/);
  await expect(page).toHaveTitle(/^The TLR4 pathway: Detailed[^·]* · [^·]+$/);
  // The reader switches the view: once the explorer writes the address, the title follows.
  await page.getByRole('radio', { name: /^Overview/ }).check();
  await expect(page.locator('svg.pathway-svg')).toHaveAttribute('data-view', 'overview');
  await expect(heading).toHaveText(/^The TLR4 pathway: Overview/);
  await expect(page).toHaveTitle(/^The TLR4 pathway: Overview[^·]* · [^·]+$/);
  await page.goto('/embed/tlr4-pathway/?view=opioid');
  await expect(heading).toHaveText(/^The TLR4 pathway: Opioids/);
  // The build drew this view too, so wait for the explorer to start before choosing another.
  await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr');
  // Back to the default view, which the explorer leaves out of the address.
  await page.getByRole('radio', { name: /^Overview/ }).check();
  await expect(page).not.toHaveURL(/view=/);
  await expect(heading).toHaveText(/^The TLR4 pathway: Overview/);
});

test('an embed names a bad parameter and shows the default instead', async ({ page }) => {
  await page.goto('/embed/tlr4-pathway/?controls=everything&drug=aspirin&theme=neon');
  await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr');
  await expect(page.getByRole('status').filter({ hasText: "The link's controls could not be used" })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: "The link's theme could not be used" })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '"drug"' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'No drug' })).toBeChecked();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  // A good link shows neither notice.
  await page.goto('/embed/tlr4-pathway/?controls=none&theme=dark');
  await expect(page.locator('.embed-notice')).toHaveCount(2);
  for (const notice of await page.locator('.embed-notice').all()) await expect(notice).toBeHidden();
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const view of ['overview', 'detailed', 'opioid', 'sensitization'] as const) {
    test(`/embed/tlr4-pathway/${view}/ is a static SVG of that view, with its state in words and a note on what needs JavaScript`, async ({
      page,
    }) => {
      await page.goto(`/embed/tlr4-pathway/${view}/?drug=ldn&controls=none`);
      const svg = page.locator('svg.pathway-svg');
      await expect(svg).toBeVisible();
      await expect(svg).toHaveAttribute('data-view', view);
      expect(await svg.locator('[data-node]').count()).toBeGreaterThan(5);
      expect(await svg.locator('desc').textContent()).toMatch(/teaching model/);
      await expect(page.locator('.state-line')).toContainText(/no drug, microglia\. .*step \d+ of \d+/i);
      await expect(page.locator('.embed-noscript')).toContainText('need JavaScript');
      // The credit link opens the full page in the path's view.
      await expect(page.getByRole('link', { name: /TLR4 pathway/ })).toHaveAttribute(
        'href',
        view === 'overview' ? /\/diagrams\/tlr4-pathway\/$/ : new RegExp(`/diagrams/tlr4-pathway/\\?view=${view}$`),
      );
      // No dead controls: nothing that would need scripts is offered.
      await expect(page.getByRole('radio')).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Next' })).toHaveCount(0);
    });
  }

  for (const diagram of ['nnt-icon-array', 'forest-plot', 'dose-timeline'] as const) {
    test(`/embed/${diagram}/ shows its figure in its default state`, async ({ page }) => {
      await page.goto(`/embed/${diagram}/`);
      const figure = page.locator(`figure[data-explorable="${diagram}"]`);
      await expect(figure).toBeVisible();
      expect(await figure.locator('svg').count()).toBeGreaterThan(0);
      await expect(page.locator('.embed-noscript')).toContainText('need JavaScript');
    });
  }
});

for (const diagram of diagrams) {
  for (const theme of themes) {
    test(`axe finds no violations on the ${diagram} embed in the ${theme} theme`, async ({ page }) => {
      await page.goto(`/embed/${diagram}/?theme=${theme}${diagram === 'tlr4-pathway' ? '&step=3' : ''}`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr');
      await expectNoViolations(page);
    });
  }
}

test('the diagram page builds an embed snippet and a link from the state shown', async ({ page }) => {
  await page.goto('/diagrams/tlr4-pathway/?view=detailed&drug=ldn&step=3');
  const builder = page.locator('[data-builder="tlr4-pathway"]');
  // The builder's code loads only when the reader opens it.
  await page.locator('#embed-builder > summary').scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island[component-url*="EmbedBuilder"]')).toHaveAttribute('ssr');
  await page.locator('#embed-builder > summary').click();
  await expect(page.locator('astro-island[component-url*="EmbedBuilder"]')).not.toHaveAttribute('ssr');
  const snippet = builder.locator('[data-snippet]');
  // The addresses are where the reader reached the site (this test's server), not the origin the
  // build was told (none here: the default), so a snippet copied from any deployment works.
  const origin = new URL(page.url()).origin;
  expect(origin).not.toBe('http://localhost:4321');
  await expect
    .poll(() => snippet.inputValue())
    .toContain(`<iframe src="${origin}/embed/tlr4-pathway/detailed/?drug=ldn&amp;step=3" `);
  await expect(snippet).toHaveValue(
    /^<iframe src="http[^"]+\/embed\/tlr4-pathway\/detailed\/\?drug=ldn&amp;step=3" title="[^"]+" width="100%" height="\d+" loading="lazy" allow="fullscreen" allowfullscreen><\/iframe>$/,
  );
  expect(await snippet.inputValue()).not.toMatch(/<script/);
  await expect(builder.locator('[data-deep-link]')).toHaveValue(`${origin}/diagrams/tlr4-pathway/?view=detailed&drug=ldn&step=3`);

  await builder.getByLabel('Theme').selectOption('projector');
  await builder.getByLabel('Controls').selectOption('steps');
  await builder.getByLabel('Width').selectOption('640');
  await expect(snippet).toHaveValue(/step=3&amp;theme=projector&amp;controls=steps" title="[^"]+" width="640" height="\d+"/);

  // The reader steps on in the diagram: the snippet follows.
  await page.locator('[data-step-next]').first().click();
  await expect(snippet).toHaveValue(/detailed\/\?drug=ldn&amp;step=4&amp;theme=projector/);

  // The live preview (loaded when opened) is the embed, sized to its content. Opened straight
  // after a step, it loads that step at once (not the step before, then a second load).
  await builder.getByText('Preview', { exact: true }).click();
  const preview = builder.locator('iframe');
  await preview.waitFor();
  expect(await preview.getAttribute('src')).toMatch(
    /\/embed\/tlr4-pathway\/detailed\/\?drug=ldn&step=4&theme=projector&controls=steps$/,
  );
  await preview.scrollIntoViewIfNeeded();
  const frame = preview.contentFrame();
  await expect(frame.locator('svg.pathway-svg')).toHaveAttribute('data-step', '4');
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'projector');
  await expect(builder.locator('[data-present-link]')).toHaveAttribute(
    'href',
    /\/present\/tlr4-pathway\/\?view=detailed&drug=ldn&step=4$/,
  );
});

test('each diagram has an oEmbed response, announced on its page and its embed, and a citation', async ({ page, request }) => {
  for (const diagram of diagrams) {
    const response = await request.get(`/embed/${diagram}/oembed.json`);
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ version: '1.0', type: 'rich', license: 'CC BY 4.0' });
    expect(body.html).toMatch(new RegExp(`^<iframe src="[^"]+/embed/${diagram}/" `));
    await page.goto(`/embed/${diagram}/`);
    await expect(page.locator('link[rel="alternate"][type="application/json+oembed"]')).toHaveAttribute(
      'href',
      new RegExp(`/embed/${diagram}/oembed\\.json$`),
    );
  }
  await page.goto('/diagrams/tlr4-pathway/');
  await expect(page.locator('link[type="application/json+oembed"]')).toHaveAttribute(
    'href',
    /\/embed\/tlr4-pathway\/oembed\.json$/,
  );
  await expect(page.locator('[data-citation-text]')).toContainText('The TLR4 pathway, step by step');
  await expect(page.locator('[data-citation-text]')).toContainText('CC BY 4.0');
  await expect(page.locator('[data-citation-bibtex]')).toContainText('@misc{');
  await expect(page.getByRole('link', { name: /Creative Commons Attribution 4\.0/ })).toHaveAttribute('rel', 'license');
});

test('a preview opened before the builder’s script has arrived still shows the embed', async ({ page }) => {
  // Hold the builder's code back until the reader has opened the preview.
  const release = await holdScripts(page, /\/EmbedBuilder\.[\w-]+\.js$/);
  await page.goto('/embed/');
  const builder = page.locator('[data-builder="forest-plot"]');
  await builder.scrollIntoViewIfNeeded();
  await builder.getByText('Preview', { exact: true }).click();
  await expect(builder.locator('details.preview')).toHaveAttribute('open', '');
  release();
  await expect(builder.locator('iframe')).toBeVisible();
  await builder.locator('iframe').scrollIntoViewIfNeeded();
  await expect(builder.locator('iframe').contentFrame().locator('astro-island').first()).not.toHaveAttribute('ssr');
});

test('the educators page builds embeds of the explorables from their preview', async ({ page }) => {
  await page.goto('/embed/');
  const builder = page.locator('[data-builder="forest-plot"]');
  await builder.scrollIntoViewIfNeeded();
  const snippet = builder.locator('[data-snippet]');
  await expect(snippet).toHaveValue(/\/embed\/forest-plot\/" /);
  await builder.getByText('Preview', { exact: true }).click();
  await builder.locator('iframe').scrollIntoViewIfNeeded();
  const frame = builder.locator('iframe').contentFrame();
  await expect(frame.locator('astro-island').first()).not.toHaveAttribute('ssr');
  await frame.getByRole('radio', { name: /fibromyalgia/i }).check();
  await expect(snippet).toHaveValue(/\/embed\/forest-plot\/\?forest=fibromyalgia" /);
  await expect(builder.locator('[data-deep-link]')).toHaveValue(/\/learn\/evidence-and-safety\/\?forest=fibromyalgia$/);
});
