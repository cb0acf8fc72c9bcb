// The pages the benchmark and the byte budgets measure. Every built page has a kind (landing,
// chapter, diagram, embed, presentation, or other: lists, references, about, glossary); each
// kind's JavaScript budget is named by its budgetKey in bench/budgets.json.
import fs from 'node:fs';
import path from 'node:path';

/** @typedef {{ kind: string, path: string, budgetKey: 'default' | 'embed' }} BenchPage */

/** The kind of a page from its URL path (without the site's base). */
export function kindOf(page) {
  if (page === '/') return 'landing';
  if (/^\/learn\/[^/]+\/$/.test(page)) return 'chapter';
  if (/^\/diagrams\/[^/]+\/$/.test(page)) return 'diagram';
  if (/^\/embed\/.+\/$/.test(page)) return 'embed';
  if (/^\/present\/.+\/$/.test(page)) return 'presentation';
  return 'other';
}

/** The key of bench/budgets.json's jsGzipBytes that applies to a kind. */
export const budgetKeyOf = (kind) => (kind === 'embed' ? 'embed' : 'default');

/** Every page of a build folder, as URL paths ("/", "/learn/x/"), sorted. */
export function allPages(dist = 'dist') {
  const pages = [];
  const walk = (folder) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'index.html') {
        const relative = path.relative(dist, folder).split(path.sep).join('/');
        pages.push(relative ? `/${relative}/` : '/');
      }
    }
  };
  walk(dist);
  return pages.sort();
}

/** Every page with its kind and budget key: what the byte-budget test measures. */
export function pagesWithKinds(dist = 'dist') {
  return allPages(dist).map((page) => {
    const kind = kindOf(page);
    return { kind, path: page, budgetKey: budgetKeyOf(kind) };
  });
}

/** Number of islands (hydrated components) a page's HTML carries: how much script it may load. */
function islandCount(dist, page) {
  const html = fs.readFileSync(path.join(dist, page, 'index.html'), 'utf8');
  return (html.match(/<astro-island\b/g) ?? []).length;
}

/**
 * One page of each kind for `npm run bench`: the landing page, the chapter with the most
 * islands (the heaviest: ties go to the first alphabetically), every diagram, and one embed and
 * one presentation page when the site has them: those of the first diagram if there are, else
 * the first.
 * @returns {BenchPage[]}
 */
export function benchPages(dist = 'dist') {
  const pages = pagesWithKinds(dist);
  const ofKind = (kind) => pages.filter((page) => page.kind === kind);
  const heaviestChapter = ofKind('chapter')
    .map((page) => ({ page, islands: islandCount(dist, page.path) }))
    .sort((a, b) => b.islands - a.islands || a.page.path.localeCompare(b.page.path))[0]?.page;
  const diagrams = ofKind('diagram');
  const slug = diagrams[0]?.path.split('/')[2];
  const oneOf = (kind, folder) => {
    const all = ofKind(kind);
    return all.find((page) => page.path === `/${folder}/${slug}/`) ?? all[0];
  };
  return [...ofKind('landing'), heaviestChapter, ...diagrams, oneOf('embed', 'embed'), oneOf('presentation', 'present')].filter(
    (page) => page !== undefined,
  );
}
