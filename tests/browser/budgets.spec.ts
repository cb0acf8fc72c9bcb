import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { measurePageBytes } from '../../scripts/bench/measure-bytes.mjs';
import { pagesWithKinds } from '../../scripts/bench/page-kinds.mjs';

// The byte budgets of bench/budgets.json, measured as `npm run bench` measures them (the same
// module), on every built page: a deterministic figure, unlike timings, so CI asserts it. Each
// page is scrolled to the end so that islands that load when visible load their code too, and
// while it loads, every request must stay on the site's own origin.
const budgets = JSON.parse(fs.readFileSync('bench/budgets.json', 'utf8')) as { jsGzipBytes: Record<string, number> };
const pages = pagesWithKinds(process.env.DIST_DIR ?? 'dist') as Array<{ kind: string; path: string; budgetKey: string }>;

test('every page kind is measured', () => {
  const kinds = new Set(pages.map((page) => page.kind));
  for (const kind of ['landing', 'chapter', 'diagram']) expect(kinds).toContain(kind);
  for (const page of pages) expect(budgets.jsGzipBytes[page.budgetKey], page.path).toBeGreaterThan(0);
});

for (const { kind, path, budgetKey } of pages) {
  test(`${path} (${kind}) loads at most ${(budgets.jsGzipBytes[budgetKey]! / 1024).toFixed(0)} KB of gzipped JavaScript, all from the site`, async ({
    page,
    baseURL,
  }) => {
    const site = new URL(baseURL!).origin;
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith('http') && url.origin !== site) elsewhere.push(request.url());
    });
    const bytes = await measurePageBytes(page, path);
    const scripts = bytes.files
      .filter((file: { type: string }) => file.type === 'script')
      .map((file: { url: string; gzip: number }) => `${new URL(file.url).pathname} ${file.gzip} B`);
    expect(elsewhere, 'requests to another origin').toEqual([]);
    expect(bytes.jsGzip, `gzipped JS of ${path}: ${scripts.join(', ')}; inline ${bytes.inline.jsGzip} B`).toBeLessThanOrEqual(
      budgets.jsGzipBytes[budgetKey]!,
    );
  });
}

// The pathway model (about 130 KB) used to ride in each diagram page's HTML, where the first paint
// waited for it; the build moves it to a file the island fetches when idle (island-props.ts).
for (const path of ['/diagrams/tlr4-pathway/', '/embed/tlr4-pathway/', '/present/tlr4-pathway/']) {
  test(`${path} carries no model in its HTML, and its diagram hydrates from the props file`, async ({ page, request }) => {
    const html = await (await request.get(path)).text();
    expect(html.length, 'HTML characters').toBeLessThan(100_000);
    const island = /<astro-island\b[^>]*\sclient="staged"[^>]*>/.exec(html)?.[0] ?? '';
    const source = /\sprops-src="([^"]+)"/.exec(island)?.[1];
    expect(source, 'the island names its props file').toBeTruthy();
    expect(island).not.toMatch(/\sprops="/);
    const props = (await (await request.get(source!)).json()) as { model: [number, string] };
    expect(JSON.parse(props.model[1]).nodes.length).toBeGreaterThan(20);
    await page.goto(path);
    await expect(page.locator('astro-island[client="staged"]')).not.toHaveAttribute('ssr');
  });
}
