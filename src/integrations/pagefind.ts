/**
 * Astro integration: after `astro build`, indexes the built pages with Pagefind's Node API and
 * writes the index to <outDir>/pagefind/, which the search dialog loads from the site's own
 * origin (src/components/search/search-dialog.ts). Reads the output folder from the hook, so it
 * works for any OUT_DIR and for sub-path builds (result URLs get the `base` in the browser,
 * through Pagefind's `baseUrl` option).
 *
 * Only <main data-pagefind-body> of pages built with BaseLayout is indexed; the self-check and
 * other blocks marked data-pagefind-ignore are skipped. Pagefind's own UI bundles are deleted
 * after writing: the site has its own search UI (the CSP forbids the injected one's styles).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Files Pagefind writes that the site does not use. */
const unusedOutputs = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** Every page's index.html under `dir`, as paths relative to it (404.html is not a page to find). */
export async function builtPageFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name === 'index.html')
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => !file.startsWith('pagefind/'))
    .sort();
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'explainer:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          let pages = 0;
          for (const file of await builtPageFiles(outDir)) {
            const content = await fs.readFile(path.join(outDir, file), 'utf8');
            const added = await index.addHTMLFile({ sourcePath: file, content });
            if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
            if (content.includes('data-pagefind-body')) pages += 1;
          }
          const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          await Promise.all(unusedOutputs.map((name) => fs.rm(path.join(outDir, 'pagefind', name), { force: true })));
          logger.info(
            `Indexed ${pages} pages for search into ${path.relative(process.cwd(), path.join(outDir, 'pagefind')) || 'pagefind'}/`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
