import fs from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';

/** Every page of a build folder, as URL paths ("/", "/learn/x/"), from its index.html files. */
export function builtPages(dir = process.env.DIST_DIR ?? 'dist'): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'index.html') {
        const relative = path.relative(dir, folder).split(path.sep).join('/');
        pages.push(relative ? `/${relative}/` : '/');
      }
    }
  };
  walk(dir);
  return pages.sort();
}

/** Chapter pages only. */
export const chapterPages = () => builtPages().filter((page) => /^\/learn\/[^/]+\/$/.test(page));

export const themes = ['light', 'dark', 'projector'] as const;
export type Theme = (typeof themes)[number];

/** Make the next page load start in `theme`, as a returning reader's stored choice would. */
export async function useTheme(page: Page, theme: Theme): Promise<void> {
  await page.addInitScript((value) => localStorage.setItem('theme', value), theme);
}

/**
 * Collects console errors, page errors, failed requests and requests to any other origin
 * while a test runs; `expectClean()` asserts there were none.
 */
export function watchPage(page: Page) {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed request: ${request.url()} (${request.failure()?.errorText})`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !url.protocol.startsWith('data')) {
      problems.push(`request left the site: ${request.url()}`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { problems, expectClean: () => expect(problems).toEqual([]) };
}

/**
 * Records the page's layout shifts from its first moment (call before `goto`), for `shifts` to
 * read: each as its score and the elements that moved, e.g. "0.0312: NAV".
 */
export const recordShifts = (page: Page) =>
  page.addInitScript(() => {
    const recorded: string[] = ((window as unknown as { shifts: string[] }).shifts = []);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; sources: { node?: Node }[] }[])
        recorded.push(`${entry.value.toFixed(4)}: ${entry.sources.map((source) => source.node?.nodeName).join(', ')}`);
    }).observe({ type: 'layout-shift', buffered: true });
  });

/** The layout shifts `recordShifts` has seen so far. */
export const shifts = (page: Page) => page.evaluate(() => (window as unknown as { shifts: string[] }).shifts);

/**
 * Holds back the scripts whose URL matches `pattern` until the returned function is called: for
 * what a reader does before an island's code has arrived (a slow network).
 */
export async function holdScripts(page: Page, pattern: RegExp): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
