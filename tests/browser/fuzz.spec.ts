import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import config, { rootPort } from '../../playwright.config';
import { prepareDiagram } from '../../src/pathway/diagram';
import { loadPathwayModel } from '../../src/pathway/load-model';
import { parseState } from '../../src/pathway/state';
import { hostileQuery, invalidMessage, random } from '../unit/fuzz/url-states';

// Hostile URL states and messages thrown at the diagram's routes. The page is loaded once; each
// state is then applied in the page: pushState + popstate for the pages that follow the address
// bar (the diagram page, the embed), or a restart of the island in place for the presentation,
// which reads its address only when it starts. After every state the page must show exactly
// what the pure model (src/pathway) says for that address: a valid view and step, every node's
// state, and a notice for every parameter it could not use, with no console error and nothing
// injected. Seeds are fixed: a failure names its case, and a rerun replays it.
const statesPerRoute = 1000;
const chunk = 50;
const dist = process.env.DIST_DIR ?? 'dist';
const model = loadPathwayModel();

// The message tests frame the pages from another origin on this machine (see security.spec.ts).
const launchOptions = config.use?.launchOptions ?? {};
test.use({
  launchOptions: { ...launchOptions, args: [...(launchOptions.args ?? []), '--disable-features=LocalNetworkAccessChecks'] },
});
test.describe.configure({ timeout: 240_000 });

interface Route {
  path: string;
  /** A presentation starts on the step in its address (clamped), without a notice for the clamp. */
  presentation: boolean;
}

const routes: Route[] = [
  { path: '/diagrams/tlr4-pathway/', presentation: false },
  { path: '/embed/tlr4-pathway/', presentation: false },
  { path: '/present/tlr4-pathway/', presentation: true },
];
/**
 * A page that does not follow popstate is restarted in place for each address, a full hydration
 * each time: slower, so it gets fewer addresses (the same parser has 20,000 in the unit fuzz).
 */
const restartsPerRoute = 200;
const exists = (route: string) => fs.existsSync(path.join(dist, route, 'index.html'));

/** What the page shows for one address, read in the page. */
interface Shown {
  search: string;
  view: string | null;
  step: string | null;
  activities: string;
  notices: string[];
  injected: string[];
}

/** What the model says the page must show for `search`. */
function expected(search: string, presentation: boolean) {
  const parsed = parseState(search);
  const notices = parsed.notices.map((notice) => notice.message);
  if (presentation) {
    const count = prepareDiagram(model, { ...parsed.state, step: 'last' }).layout.stepCount;
    const slide = parsed.state.step === 'last' ? 0 : Math.min(parsed.state.step, count - 1);
    const prepared = prepareDiagram(model, { ...parsed.state, step: slide });
    return { prepared, notices };
  }
  const prepared = prepareDiagram(model, parsed.state);
  return { prepared, notices: [...notices, ...prepared.notices.map((notice) => notice.message)] };
}

/** Applies each query in the page and reads back what it shows. Runs in the browser. */
type Driver = 'popstate' | 'remount';
async function applyInPage({ queries, driver }: { queries: string[]; driver: Driver }): Promise<Shown[]> {
  const w = window as unknown as {
    __h7pristine?: Element;
    __h7baseline?: Record<string, number>;
    __h7suspicious?: Set<string>;
    __h7pwned?: unknown;
  };
  // Svelte applies a state change in a microtask: after a task, the DOM shows it.
  const frame = () => new Promise((resolve) => setTimeout(resolve, 0));
  const count = (selector: string) => document.querySelectorAll(selector).length;
  const watched = ['script', 'img', 'iframe', 'object', 'embed', 'style', 'link', 'meta', 'base', 'form'];
  if (!w.__h7baseline) w.__h7baseline = Object.fromEntries(watched.map((tag) => [tag, count(tag)]));
  if (driver === 'remount' && !w.__h7pristine) {
    // The island as the server sent it, to start it again on each new address.
    const html = await (await fetch(location.pathname)).text();
    w.__h7pristine = new DOMParser().parseFromString(html, 'text/html').querySelector('astro-island:has(svg.pathway-svg)')!;
  }
  const shown: Shown[] = [];
  for (const query of queries) {
    if (driver === 'popstate') {
      history.pushState(null, '', `${location.pathname}?${query}`);
      dispatchEvent(new PopStateEvent('popstate'));
      await frame();
    } else {
      history.replaceState(null, '', `${location.pathname}?${query}`);
      const fresh = document.importNode(w.__h7pristine!, true) as HTMLElement;
      const old = document.querySelector('astro-island:has(svg.pathway-svg)')!;
      old.replaceWith(fresh);
      // Unmount the replaced component, as Astro does when it swaps a page.
      old.dispatchEvent(new CustomEvent('astro:unmount'));
      for (let i = 0; i < 2000 && fresh.hasAttribute('ssr'); i += 1) await frame();
      await frame();
    }
    const svg = document.querySelector('svg.pathway-svg');
    const injected: string[] = [];
    for (const tag of watched)
      if (count(tag) !== w.__h7baseline[tag]) injected.push(`${count(tag)} <${tag}> (was ${w.__h7baseline[tag]})`);
    if (w.__h7pwned !== undefined) injected.push('a payload ran');
    const suspicious = new Set<string>();
    for (const element of document.querySelectorAll('*')) {
      if (element.localName.includes('h7fuzz')) suspicious.add(`<${element.localName}>`);
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name) || attribute.name.includes('h7fuzz'))
          suspicious.add(`${element.localName}[${attribute.name}]`);
        else if (attribute.name !== 'props' && /<\s*(script|img|svg|iframe)|javascript:/i.test(attribute.value))
          suspicious.add(`${element.localName}[${attribute.name}="${attribute.value.slice(0, 40)}"]`);
      }
    }
    // What the page shows on purpose (an embed code to copy contains "<script"), once, is the baseline.
    w.__h7suspicious ??= suspicious;
    for (const item of suspicious) if (!w.__h7suspicious.has(item)) injected.push(item);
    const status = [...document.querySelectorAll('[role="status"]')].filter((element) => element.querySelector('p'));
    shown.push({
      search: location.search,
      view: svg?.getAttribute('data-view') ?? null,
      step: svg?.getAttribute('data-step') ?? null,
      activities: [...(svg?.querySelectorAll('[data-node]') ?? [])]
        .map((node) => `${node.getAttribute('data-node')}:${node.getAttribute('data-activity')}`)
        .join(' '),
      notices: status.flatMap((element) => [...element.querySelectorAll('p')].map((p) => p.textContent ?? '')),
      injected,
    });
  }
  return shown;
}

async function open(page: Page, route: string) {
  await page.goto(route);
  // The diagram's island has hydrated (others on the page may wait until scrolled into view).
  await expect(page.locator('astro-island:has(svg.pathway-svg)').first()).not.toHaveAttribute('ssr');
}

for (const route of routes) {
  test(`${route.path}: hostile addresses each give a valid state, a notice for every bad parameter, and no error or injection`, async ({
    page,
  }) => {
    test.skip(!exists(route.path), `${route.path} is not in the build yet`);
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await open(page, route.path);
    // Does the page follow the address bar (back and forward)? A bad view must show a notice.
    const follows = await page.evaluate(async () => {
      history.pushState(null, '', `${location.pathname}?view=h7probe`);
      dispatchEvent(new PopStateEvent('popstate'));
      await new Promise((resolve) => setTimeout(resolve, 50));
      return document.body.textContent?.includes('h7probe') ?? false;
    });
    const driver: Driver = follows ? 'popstate' : 'remount';
    if (!follows)
      test.info().annotations.push({
        type: 'note',
        description: `${route.path} reads its address only when it starts: ${restartsPerRoute} addresses, each by restarting its island`,
      });
    const r = random(0xf022 + route.path.length);
    const queries = Array.from({ length: follows ? statesPerRoute : restartsPerRoute }, () => hostileQuery(r));
    const failures: string[] = [];
    let withNotice = 0;
    for (let start = 0; start < queries.length && failures.length < 10; start += chunk) {
      const batch = queries.slice(start, start + chunk);
      const shown = await page.evaluate(applyInPage, { queries: batch, driver });
      shown.forEach((seen, i) => {
        const where = `case ${start + i} (?${batch[i]!.slice(0, 100)})`;
        const { prepared, notices } = expected(seen.search, route.presentation);
        const layout = prepared.layout;
        const activities = layout.nodes.map((node) => `${node.id}:${node.activity}`).join(' ');
        if (seen.view !== layout.viewId) failures.push(`${where}: view ${seen.view}, expected ${layout.viewId}`);
        if (seen.step !== String(layout.step) || layout.step < 0 || layout.step >= layout.stepCount)
          failures.push(`${where}: step ${seen.step}, expected ${layout.step} of 0–${layout.stepCount - 1}`);
        if (seen.activities !== activities) failures.push(`${where}: node states differ from the model's`);
        for (const message of notices)
          if (!seen.notices.includes(message)) failures.push(`${where}: missing notice "${message}"`);
        if (notices.length === 0 && seen.notices.length > 0) failures.push(`${where}: unexpected notice "${seen.notices[0]}"`);
        if (seen.notices.some((text) => /[<>]/.test(text))) failures.push(`${where}: a notice shows markup`);
        if (seen.injected.length > 0) failures.push(`${where}: injected ${seen.injected.slice(0, 3).join(', ')}`);
        if (notices.length > 0) withNotice += 1;
      });
      if (errors.length > 0)
        failures.push(`console errors by case ${start + batch.length - 1}: ${errors.slice(0, 3).join(' | ')}`);
    }
    expect(failures).toEqual([]);
    // The generator is hostile enough: most addresses must have had something to complain about.
    expect(withNotice).toBeGreaterThan(queries.length / 2);
  });
}

/** Frames `route` in a page of another origin and returns helpers to post to it and read it. */
async function framed(page: Page, route: string) {
  const host = `http://localhost:${rootPort}`;
  await page.route(`${host}/course`, (r) =>
    r.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Course</title><iframe id="framed" src="http://127.0.0.1:${rootPort}${route}" width="1000" height="760"></iframe>`,
    }),
  );
  await page.goto(`${host}/course`);
  await page.evaluate(() => {
    const w = window as unknown as { __h7received: unknown[] };
    w.__h7received = [];
    addEventListener('message', (event) => w.__h7received.push(event.data));
  });
  const frame = page.frameLocator('#framed');
  await expect(frame.locator('astro-island').first()).toBeAttached();
  // A readiness wait, not a timing: a framed page's islands wait for its first paint and an idle
  // moment, which a machine busy with the rest of the suite can postpone.
  await expect(frame.locator('astro-island[ssr]')).toHaveCount(0, { timeout: 15_000 });
  const child = page.frames().find((candidate) => candidate !== page.mainFrame())!;
  /** Resolves once the frame has handled every message posted before the call. */
  const settled = () => child.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
  const state = () =>
    child.evaluate(() => ({
      search: location.search,
      view: document.querySelector('svg.pathway-svg')?.getAttribute('data-view'),
      step: document.querySelector('svg.pathway-svg')?.getAttribute('data-step'),
      slide: document.querySelector('[data-slide]')?.getAttribute('data-slide'),
      blank: document.querySelector('[data-blank]')?.getAttribute('data-blank'),
      scripts: document.scripts.length,
      elements: document.querySelectorAll('img, iframe, object, embed, style').length,
      pwned: (window as unknown as { __h7pwned?: unknown }).__h7pwned,
    }));
  const received = (pattern: RegExp) =>
    page.evaluate(
      (source) =>
        (window as unknown as { __h7received: Array<{ type?: unknown }> }).__h7received.filter(
          (m) => typeof m?.type === 'string' && new RegExp(source).test(m.type),
        ).length,
      pattern.source,
    );
  const post = (data: unknown) =>
    page.evaluate((message) => document.querySelector('iframe')!.contentWindow!.postMessage(message, '*'), data);
  return { frame, settled, state, received, post };
}

/** Posts each message from the framing page, as an LMS would. Runs in the browser. */
function postAll(messages: ReturnType<typeof invalidMessage>[]) {
  const target = document.querySelector('iframe')!.contentWindow!;
  for (const message of messages) {
    let data: unknown;
    if ('json' in message) data = JSON.parse(message.json);
    else if (message.special === 'date') data = new Date(0);
    else if (message.special === 'map') data = new Map([['command', 'next']]);
    else if (message.special === 'array-buffer') data = new ArrayBuffer(8);
    else if (message.special === 'blob') data = new Blob(['next']);
    else data = { type: 'tlr4-explainer:command', version: 1, command: { command: 'next' } };
    target.postMessage(data, '*');
  }
}

for (const route of ['/present/tlr4-pathway/', '/embed/tlr4-pathway/']) {
  test(`${route}: 500 malformed messages from the framing page change nothing and raise no error`, async ({ page }) => {
    test.skip(!exists(route), `${route} is not in the build yet`);
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    const { frame, settled, state, received, post } = await framed(page, route);
    await settled();
    const before = await state();
    const reportsBefore = await received(/:(state|slide)$/);
    const r = random(0x3e55 + route.length);
    const messages = Array.from({ length: 500 }, () => invalidMessage(r));
    for (let start = 0; start < messages.length; start += 100) await page.evaluate(postAll, messages.slice(start, start + 100));
    await settled();
    expect(await state()).toEqual(before);
    expect(await received(/:(state|slide)$/), 'the frame reported a change of state or slide').toBe(reportsBefore);
    expect(errors).toEqual([]);

    // The harness can see a change: a valid message does act.
    if (before.slide !== undefined && before.slide !== null) {
      await post({ type: 'tlr4-explainer:command', version: 1, command: 'next' });
      await expect(frame.locator('[data-slide]')).toHaveAttribute('data-slide', String(Number(before.slide) + 1));
      await expect.poll(() => received(/:slide$/)).toBeGreaterThan(reportsBefore);
    } else {
      const resizes = await received(/:resize$/);
      await post({ type: 'tlr4-explainer:request-size', version: 1 });
      await expect.poll(() => received(/:resize$/)).toBeGreaterThan(resizes);
    }
  });
}
