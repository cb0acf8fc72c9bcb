import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages } from './support/site';

// A crawl of the built HTML: every internal link must reach a page, and every #anchor must
// name an element on that page. Reads dist/ directly, so it checks what a host would serve.
const dist = process.env.DIST_DIR ?? 'dist';

function htmlOf(page: string): string {
  return fs.readFileSync(path.join(dist, page, 'index.html'), 'utf8');
}

function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
}

function hrefsOf(html: string): string[] {
  return [...html.matchAll(/<a\s[^>]*href="([^"]+)"/g)].map((match) => match[1]!.replaceAll('&amp;', '&'));
}

test('every internal link and #anchor on every page resolves', () => {
  const pages = builtPages(dist);
  const ids = new Map(pages.map((page) => [page, idsOf(htmlOf(page))]));
  const broken: string[] = [];
  let checked = 0;
  for (const page of pages) {
    for (const href of hrefsOf(htmlOf(page))) {
      if (/^(https?:|mailto:)/.test(href)) continue;
      const url = new URL(href, `http://site${page}`);
      const target = url.pathname;
      const exists = ids.has(target) || fs.existsSync(path.join(dist, decodeURIComponent(target)));
      if (!exists) broken.push(`${page}: ${href} (no page at ${target})`);
      else if (url.hash && ids.has(target) && !ids.get(target)!.has(decodeURIComponent(url.hash.slice(1)))) {
        broken.push(`${page}: ${href} (no element with id "${url.hash.slice(1)}" on ${target})`);
      }
      checked += 1;
    }
  }
  expect(broken).toEqual([]);
  expect(checked).toBeGreaterThan(pages.length * 5);
});

test('no page repeats an element id', () => {
  const duplicates = builtPages(dist).flatMap((page) => {
    const all = [...htmlOf(page).matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!);
    return all.filter((id, index) => all.indexOf(id) !== index).map((id) => `${page}: #${id}`);
  });
  expect(duplicates).toEqual([]);
});
