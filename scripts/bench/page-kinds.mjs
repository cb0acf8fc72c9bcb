// The pages the benchmark and the byte budgets measure: one of each kind the site has.
import fs from 'node:fs';
import path from 'node:path';

/** [{ kind, path, budgetKey }] for the kinds present in `dist`. */
export function benchPages(dist = 'dist') {
  const exists = (page) => fs.existsSync(path.join(dist, page, 'index.html'));
  const firstIn = (folder) => {
    const dir = path.join(dist, folder);
    if (!fs.existsSync(dir)) return [];
    return fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && exists(`${folder}/${entry.name}`))
      .map((entry) => `/${folder}/${entry.name}/`)
      .sort();
  };
  const chapters = firstIn('learn');
  const pages = [
    { kind: 'landing', path: '/' },
    ...(chapters[0] ? [{ kind: 'chapter', path: chapters[0] }] : []),
    ...firstIn('diagrams').map((page) => ({ kind: 'diagram', path: page })),
    ...firstIn('embed')
      .slice(0, 1)
      .map((page) => ({ kind: 'embed', path: page })),
    ...firstIn('present')
      .slice(0, 1)
      .map((page) => ({ kind: 'presentation', path: page })),
  ];
  return pages.map((page) => ({ ...page, budgetKey: page.kind === 'embed' ? 'embed' : 'default' }));
}
