// What a page makes the browser download, by type. Shared by `npm run bench` and the
// byte-budget browser test (tests/browser/budgets.spec.ts), so CI checks the same figure the
// benchmark prints. Gzipped sizes are computed here (gzip -9 of each body) rather than taken
// from the wire, so they do not depend on what the server compresses with.
import { gzipSync } from 'node:zlib';

/** Scrolls to the end so that client:visible islands hydrate and load their code. */
async function revealEverything(page) {
  await page.evaluate(async () => {
    // Capped: a headless Chromium on a busy machine can pause its frames, and the wait must not hang.
    const frame = () =>
      Promise.race([
        new Promise((resolve) => requestAnimationFrame(resolve)),
        new Promise((resolve) => setTimeout(resolve, 250)),
      ]);
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await frame();
      await frame();
    }
    window.scrollTo(0, 0);
  });
  await page.waitForLoadState('networkidle');
  // Islands that hydrate on visibility may start loading after networkidle fired once. An
  // island that never hydrates here (client:media for another viewport) loads nothing more.
  await page
    .waitForFunction(
      // Islands that wait for the reader (client:open, client:params) load nothing on their own.
      () => document.querySelectorAll('astro-island[ssr]:not([client="open"], [client="params"])').length === 0,
      undefined,
      { timeout: 10_000 },
    )
    .catch(() => undefined);
  await page.waitForLoadState('networkidle');
}

const isJs = (type, url, contentType) =>
  type === 'script' || /javascript|ecmascript/.test(contentType) || /\.m?js(\?|$)/.test(new URL(url).pathname);
const isCss = (type, url, contentType) =>
  type === 'stylesheet' || /text\/css/.test(contentType) || /\.css(\?|$)/.test(new URL(url).pathname);

/**
 * Loads `url` in `page`, scrolls through it so every island hydrates, and returns
 * { jsGzip, cssGzip, totalBytes, transferBytes, files }: jsGzip and cssGzip are the gzipped
 * sizes of every script and stylesheet loaded plus inline <script> and <style> text;
 * totalBytes is the uncompressed sum of every response body, transferBytes what crossed the
 * wire (bodies as the server encoded them, without headers).
 */
export async function measurePageBytes(page, url) {
  const pending = [];
  const onResponse = (response) => {
    pending.push(
      (async () => {
        const request = response.request();
        const body = await response.body().catch(() => null); // redirects and aborted requests have none
        if (!body) return null;
        const sizes = await request.sizes().catch(() => ({ responseBodySize: body.length }));
        return {
          url: response.url(),
          type: request.resourceType(),
          contentType: response.headers()['content-type'] ?? '',
          body,
          transfer: sizes.responseBodySize,
        };
      })(),
    );
  };
  page.on('response', onResponse);
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  if (!response || response.status() >= 400) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}`);
  await revealEverything(page);
  page.off('response', onResponse);
  const bodies = (await Promise.all(pending)).filter((entry) => entry !== null);
  const inline = await page.evaluate(() => ({
    // Executable inline scripts only: JSON data blocks are not JavaScript.
    scripts: [...document.querySelectorAll('script:not([src])')]
      .filter((s) => !s.type || /^(module|text\/javascript|application\/javascript)$/i.test(s.type))
      .map((s) => s.textContent ?? ''),
    styles: [...document.querySelectorAll('style')].map((s) => s.textContent ?? ''),
  }));
  const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;
  const js = bodies.filter((b) => isJs(b.type, b.url, b.contentType));
  const css = bodies.filter((b) => isCss(b.type, b.url, b.contentType));
  const inlineJs = inline.scripts.reduce((sum, text) => sum + gz(Buffer.from(text)), 0);
  const inlineCss = inline.styles.reduce((sum, text) => sum + gz(Buffer.from(text)), 0);
  return {
    jsGzip: js.reduce((sum, b) => sum + gz(b.body), 0) + inlineJs,
    cssGzip: css.reduce((sum, b) => sum + gz(b.body), 0) + inlineCss,
    totalBytes: bodies.reduce((sum, b) => sum + b.body.length, 0),
    transferBytes: bodies.reduce((sum, b) => sum + b.transfer, 0),
    inline: { jsGzip: inlineJs, cssGzip: inlineCss },
    files: bodies.map((b) => ({
      url: b.url,
      type: isJs(b.type, b.url, b.contentType) ? 'script' : isCss(b.type, b.url, b.contentType) ? 'stylesheet' : b.type,
      bytes: b.body.length,
      gzip: gz(b.body),
      transfer: b.transfer,
    })),
  };
}
