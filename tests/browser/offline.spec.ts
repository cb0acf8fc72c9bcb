import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { generateSW } from 'workbox-build';
import { distDir, rootPort, subpathBase, subpathPort } from '../../playwright.config';
import { selfStartingIslands } from '../../src/components/site/register-service-worker';
import { serviceWorkerOptions } from '../../src/integrations/service-worker';

// Offline reading: after one visit the service worker (src/integrations/service-worker.ts) has
// precached the built site, so chapters, diagrams, handouts and search work with the network
// off; a new deploy is picked up on the next visit, never in the middle of a page in use.
// The other tests block service workers (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });
test.describe.configure({ timeout: 120_000 });

/** Visits `url` and waits until the worker is active (everything precached) and controls the page. */
async function visitOnce(page: Page, url: string) {
  await page.goto(url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? 'none')).toBe('activated');
}

test('after one visit, chapters, the diagram, handouts and search work with the network off', async ({ page, context }) => {
  await visitOnce(page, '/');
  await context.setOffline(true);

  await page.goto('/learn/receptor-to-nucleus/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/From receptor to nucleus/);
  await expect(page.locator('.reference-list > li').first()).toBeVisible();

  await page.goto('/diagrams/tlr4-pathway/?view=detailed&step=2');
  await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr');
  await page.locator('[data-step-next]').click();
  await expect(page.locator('svg.pathway-svg').first()).toHaveAttribute('data-step', '3');

  await page.goto('/diagrams/tlr4-pathway/handout/?view=opioid&ligand=morphine');
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr');
  await expect(page.locator('[data-handout]')).toHaveAttribute('data-view', 'opioid');

  await page.keyboard.press('/');
  await page.getByLabel('Search for a term, gene or drug').fill('naltrexone');
  await expect(page.getByRole('dialog').getByRole('status')).toHaveText(/\d+ results? for “naltrexone”/, { timeout: 15_000 });

  const anki = await page.evaluate(async () => (await fetch('/anki/all.tsv')).text());
  expect(anki.startsWith('#separator:tab')).toBe(true);
});

test('the worker registers only once the page has started, never beside the explorer hydrating', async ({ page, context }) => {
  // Records how many self-starting islands had not hydrated yet at the load event and when the page registered the worker.
  await context.addInitScript((selector) => {
    const waiting = () => document.querySelectorAll(selector).length;
    const seen: Record<string, number> = {};
    (window as unknown as { islandsWaiting: typeof seen }).islandsWaiting = seen;
    window.addEventListener('load', () => (seen.atLoad = waiting()));
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (...args) {
      seen.atRegister = waiting();
      return register.apply(this, args);
    };
  }, selfStartingIslands);
  // The explorer's props arrive late, as on a slow network, so that it is still starting after load.
  await page.route('**/_astro/props/*.json', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto('/diagrams/tlr4-pathway/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const seen = await page.evaluate(() => (window as unknown as { islandsWaiting: Record<string, number> }).islandsWaiting);
  expect(seen).toEqual({ atLoad: 1, atRegister: 0 });
});

test('under a sub-path the worker is scoped to it and serves it offline', async ({ page, context }) => {
  const origin = `http://127.0.0.1:${subpathPort}`;
  await visitOnce(page, `${origin}${subpathBase}`);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(`${origin}${subpathBase}`);
  await context.setOffline(true);
  await page.goto(`${origin}${subpathBase}learn/tlr4-and-md2/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/TLR4 and MD-2/);
});

test.describe('updates', () => {
  // A private copy of the build, served on its own port, that the test "deploys" again.
  const port = rootPort + 7;
  const origin = `http://127.0.0.1:${port}`;
  let folder: string;
  let server: ChildProcess;

  test.beforeAll(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'offline-update-'));
    fs.cpSync(distDir, folder, { recursive: true });
    server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', folder, '--port', String(port)], { stdio: 'ignore' });
    await expect.poll(async () => (await fetch(`${origin}/`).catch(() => undefined))?.status, { timeout: 15_000 }).toBe(200);
  });

  test.afterAll(() => {
    server?.kill();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  test('a new deploy waits for the next visit and never swaps files under a page in use', async ({ browser }) => {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const reading = await context.newPage();
    await visitOnce(reading, `${origin}/learn/`);
    const heading = reading.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText('Chapters');

    // Deploy a change: new page content and a regenerated service worker.
    const page = path.join(folder, 'learn/index.html');
    const html = fs.readFileSync(page, 'utf8');
    expect(html).toMatch(/(<h1[^>]*>)Chapters<\/h1>/);
    fs.writeFileSync(page, html.replace(/(<h1[^>]*>)Chapters<\/h1>/, '$1Chapters, updated</h1>'));
    await generateSW(serviceWorkerOptions(folder));

    // The open page finds the update, which installs and waits; the page keeps its old files.
    const waiting = await reading.evaluate(async () => {
      const registration = (await navigator.serviceWorker.getRegistration())!;
      await registration.update();
      const worker = registration.installing ?? registration.waiting;
      if (worker && worker.state !== 'installed') {
        await new Promise<void>((resolve) =>
          worker.addEventListener('statechange', () => worker.state === 'installed' && resolve()),
        );
      }
      return { waiting: Boolean(registration.waiting), active: registration.active?.state };
    });
    expect(waiting).toEqual({ waiting: true, active: 'activated' });
    await reading.reload();
    await expect(heading).toHaveText('Chapters');

    // Once no page of the site is open, the next visit gets the new version.
    await reading.close();
    const next = await context.newPage();
    await expect
      .poll(
        async () => {
          await next.goto(`${origin}/learn/`);
          return next.getByRole('heading', { level: 1 }).textContent();
        },
        { timeout: 20_000 },
      )
      .toBe('Chapters, updated');
    await context.close();
  });
});
