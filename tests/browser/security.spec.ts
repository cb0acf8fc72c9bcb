import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import config, { rootPort, subpathBase, subpathPort } from '../../playwright.config';
import { builtPages } from './support/site';

// The security posture of the built site: every page's Content-Security-Policy <meta> allows
// only the page's own inline scripts and styles (by hash) and nothing from other origins; the
// static host's headers (the build's _headers file, which scripts/serve.mjs applies as a host
// would) keep every page but embeds and presentations from being framed by another site.
const dist = process.env.DIST_DIR ?? 'dist';
const pages = builtPages(dist);
/** Embeds, and presentations (made to run in a slide deck's frame), may be framed by any site. */
const isFrameable = (page: string) => page.startsWith('/embed/') || page.startsWith('/present/');
const origin = `http://127.0.0.1:${rootPort}`;

// The framing tests put the site in a page of another origin on this machine (localhost rather
// than 127.0.0.1). Chromium's Local Network Access checks would block that before the site's
// own headers are read (a public LMS framing a public deploy never meets them), so they are off.
const launchOptions = config.use?.launchOptions ?? {};
test.use({
  launchOptions: { ...launchOptions, args: [...(launchOptions.args ?? []), '--disable-features=LocalNetworkAccessChecks'] },
});

function htmlOf(page: string): string {
  return fs.readFileSync(path.join(dist, page, 'index.html'), 'utf8');
}

/** The page's CSP <meta> as a map of directive → sources. */
function cspOf(html: string): Map<string, string[]> | undefined {
  const content = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html)?.[1];
  if (content === undefined) return undefined;
  return new Map(
    content
      .replaceAll('&#39;', "'")
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const executable = (attributes: string) => {
  const type = /\stype="([^"]*)"/i.exec(attributes)?.[1]?.toLowerCase();
  return !type || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
};

test.describe('the Content-Security-Policy <meta> of every page', () => {
  test('allows no unsafe-inline or unsafe-eval and no source but the site, and lists every inline style', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const html = htmlOf(page);
      const csp = cspOf(html);
      if (!csp) {
        problems.push(`${page}: no CSP <meta>`);
        continue;
      }
      const scriptSrc = csp.get('script-src') ?? csp.get('default-src') ?? [];
      const styleSrc = csp.get('style-src') ?? csp.get('default-src') ?? [];
      for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:', 'http:', 'https:'])
        if (scriptSrc.includes(unsafe)) problems.push(`${page}: script-src allows ${unsafe}`);
      if (styleSrc.includes("'unsafe-inline'")) problems.push(`${page}: style-src allows 'unsafe-inline'`);
      for (const [directive, sources] of [
        ['default-src', ["'self'"]],
        ['object-src', ["'none'"]],
        ['base-uri', ["'self'"]],
      ] as const)
        if (JSON.stringify(csp.get(directive)) !== JSON.stringify(sources))
          problems.push(`${page}: ${directive} is ${csp.get(directive)?.join(' ') ?? 'missing'}, expected ${sources.join(' ')}`);
      for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
        if (!styleSrc.includes(sha256(match[1] ?? ''))) problems.push(`${page}: inline <style> not in style-src`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('lists the hash of every inline script', () => {
    // Astro writes the <meta> at the end of <head>, after a layout's own inline scripts, which the
    // policy then does not govern; their hashes must still be listed, so that the policy is
    // complete and keeps allowing them wherever they move.
    const problems: string[] = [];
    for (const page of pages) {
      const html = htmlOf(page);
      const scriptSrc = cspOf(html)?.get('script-src') ?? [];
      for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
        const [, attributes = '', body = ''] = match;
        if (/\ssrc=/i.test(attributes) || !executable(attributes)) continue;
        if (!scriptSrc.includes(sha256(body)))
          problems.push(`${page}: inline script "${body.trim().slice(0, 50)}…" has hash ${sha256(body)}, not in script-src`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('has nothing a CSP without unsafe-inline would block: no style="", no on…="" handlers, no javascript: URLs', () => {
    const problems = pages.flatMap((page) => {
      const html = htmlOf(page);
      const tags = [...html.matchAll(/<[a-zA-Z][\w:-]*(\s[^<>]*)?>/g)].map((match) => match[0]);
      return [
        ...tags.filter((tag) => /\sstyle\s*=/i.test(tag)).map((tag) => `${page}: style attribute in ${tag.slice(0, 80)}`),
        ...tags
          .filter((tag) => /\son[a-z]+\s*=/i.test(tag))
          .map((tag) => `${page}: event handler attribute in ${tag.slice(0, 80)}`),
        ...tags
          .filter((tag) => /=\s*["']?\s*javascript:/i.test(tag))
          .map((tag) => `${page}: javascript: URL in ${tag.slice(0, 80)}`),
      ];
    });
    expect(problems).toEqual([]);
  });
});

test('the browser enforces the policy: injected inline script, eval and handlers do not run', async ({ page }) => {
  // A same-origin script (allowed by 'self') that tries eval, as a compromised dependency would.
  await page.route('**/__h7-eval-probe.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: "try { (0, eval)('window.__h7eval = 1'); } catch { window.__h7evalBlocked = 1; }",
    }),
  );
  await page.goto('/diagrams/tlr4-pathway/');
  await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr');
  const outcome = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective));
    const win = window as unknown as Record<string, unknown>;
    const inline = document.createElement('script');
    inline.textContent = 'window.__h7inline = 1';
    document.body.append(inline);
    const probe = document.createElement('script');
    probe.src = '/__h7-eval-probe.js';
    const loaded = new Promise((resolve) => probe.addEventListener('load', resolve));
    document.body.append(probe);
    await loaded;
    const image = document.createElement('img');
    image.setAttribute('onerror', 'window.__h7handler = 1');
    image.src = 'data:,not-an-image';
    document.body.append(image);
    const external = document.createElement('img');
    external.src = 'https://example.org/pixel.png';
    document.body.append(external);
    await new Promise((resolve) => setTimeout(resolve, 300));
    return {
      ran: [win.__h7inline, win.__h7eval, win.__h7handler],
      evalBlocked: win.__h7evalBlocked,
      violations: [...new Set(violations)].sort(),
    };
  });
  expect(outcome.ran).toEqual([undefined, undefined, undefined]);
  expect(outcome.evalBlocked).toBe(1);
  expect(outcome.violations).toEqual(expect.arrayContaining(['img-src', 'script-src', 'script-src-attr', 'script-src-elem']));
});

test.describe('the host headers (the build’s _headers file)', () => {
  test('are written by the build', () => {
    const file = path.join(dist, '_headers');
    expect(fs.existsSync(file), `${file} is missing: src/integrations/headers.ts writes it`).toBe(true);
  });

  test('keep every page but embeds and presentations from being framed by another site, and send nosniff and a referrer policy', async ({
    request,
  }) => {
    const problems: string[] = [];
    for (const page of pages) {
      const response = await request.get(page);
      const headers = response.headers();
      const frame = isFrameable(page)
        ? headers['content-security-policy'] === 'frame-ancestors *' && headers['x-frame-options'] === undefined
        : headers['content-security-policy'] === "frame-ancestors 'self'" && headers['x-frame-options'] === 'SAMEORIGIN';
      if (!frame)
        problems.push(`${page}: CSP "${headers['content-security-policy']}", X-Frame-Options "${headers['x-frame-options']}"`);
      if (headers['x-content-type-options'] !== 'nosniff') problems.push(`${page}: no nosniff`);
      if (headers['referrer-policy'] !== 'strict-origin-when-cross-origin')
        problems.push(`${page}: referrer policy ${headers['referrer-policy']}`);
    }
    expect(problems).toEqual([]);
    expect((await request.get('/_headers')).status(), 'the host configuration is not served').toBe(404);
  });

  test('apply under the sub-path build too', async ({ request }) => {
    const page = await request.get(`http://127.0.0.1:${subpathPort}${subpathBase}about/`);
    expect(page.headers()['content-security-policy']).toBe("frame-ancestors 'self'");
    const embed = builtPages(process.env.DIST_SUBPATH_DIR ?? 'dist-subpath').find(isFrameable);
    test.skip(!embed, 'the sub-path build has no embed page');
    const framed = await request.get(`http://127.0.0.1:${subpathPort}${subpathBase}${embed!.slice(1)}`);
    expect(framed.headers()['content-security-policy']).toBe('frame-ancestors *');
  });
});

test.describe('framing by another site', () => {
  const embed = pages.find((page) => page === '/embed/tlr4-pathway/') ?? pages.find(isFrameable);
  // Another origin: the same server by another host name.
  const other = `http://localhost:${rootPort}`;

  /** Serves, at `host`, a course page that frames `target` of the site; resolves once the frame has loaded. */
  async function frameFrom(page: import('@playwright/test').Page, host: string, target: string) {
    const refused: string[] = [];
    page.on('requestfailed', (request) => {
      if (request.url() === `${origin}${target}`) refused.push(request.failure()?.errorText ?? '');
    });
    await page.route(`${host}/course`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>Course</title><iframe id="framed" src="${origin}${target}" width="900" height="700"></iframe>`,
      }),
    );
    await page.goto(`${host}/course`);
    await page.waitForLoadState('load');
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame())!;
    return { frame, refused, locator: page.frameLocator('#framed') };
  }

  test('a page that is not an embed refuses to show inside another site', async ({ page }) => {
    const { frame, refused, locator } = await frameFrom(page, other, '/about/');
    expect(refused).toEqual(['net::ERR_BLOCKED_BY_RESPONSE']);
    expect(frame.url()).not.toContain('/about/');
    await expect(locator.getByRole('heading', { level: 1, name: /About/ })).toHaveCount(0);
  });

  test('a page that is not an embed shows inside the site itself', async ({ page }) => {
    const { frame, refused, locator } = await frameFrom(page, origin, '/about/');
    expect(refused).toEqual([]);
    expect(frame.url()).toBe(`${origin}/about/`);
    await expect(locator.getByRole('heading', { level: 1 })).toHaveCount(1);
  });

  test('an embed page shows inside another site', async ({ page }) => {
    test.skip(!embed, 'the build has no /embed/ page yet');
    const { frame, refused, locator } = await frameFrom(page, other, embed!);
    expect(refused).toEqual([]);
    expect(frame.url()).toBe(`${origin}${embed}`);
    await expect(locator.locator('svg').first()).toBeVisible();
  });
});
