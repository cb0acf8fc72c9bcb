// What a page makes the browser download, in gzipped bytes by type. Shared by `npm run bench`
// and the byte-budget browser test, so CI checks the same figure the benchmark prints.
import { gzipSync } from 'node:zlib';

/** Scrolls to the end so that client:visible islands hydrate and load their code. */
async function revealEverything(page) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
    }
    window.scrollTo(0, 0);
  });
  await page.waitForLoadState('networkidle');
}

/**
 * Loads `url` in `page` and returns { jsGzip, cssGzip, totalBytes, files } where the gzipped
 * sizes include inline <script> and <style> text, and totalBytes is the uncompressed sum of
 * every response body.
 */
export async function measurePageBytes(page, url) {
  const bodies = [];
  const onResponse = async (response) => {
    const type = response.request().resourceType();
    try {
      bodies.push({ url: response.url(), type, body: await response.body() });
    } catch {
      // Redirects and aborted requests have no body.
    }
  };
  page.on('response', onResponse);
  await page.goto(url, { waitUntil: 'networkidle' });
  await revealEverything(page);
  page.off('response', onResponse);
  const inline = await page.evaluate(() => ({
    scripts: [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? ''),
    styles: [...document.querySelectorAll('style')].map((s) => s.textContent ?? ''),
  }));
  const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;
  const js = bodies.filter((b) => b.type === 'script');
  const css = bodies.filter((b) => b.type === 'stylesheet');
  return {
    jsGzip: js.reduce((sum, b) => sum + gz(b.body), 0) + inline.scripts.reduce((sum, text) => sum + gz(Buffer.from(text)), 0),
    cssGzip: css.reduce((sum, b) => sum + gz(b.body), 0) + inline.styles.reduce((sum, text) => sum + gz(Buffer.from(text)), 0),
    totalBytes: bodies.reduce((sum, b) => sum + b.body.length, 0),
    files: bodies.map((b) => ({ url: b.url, type: b.type, bytes: b.body.length, gzip: gz(b.body) })),
  };
}
