/**
 * Astro integration: after `astro build` (and after the Pagefind index is written, so list this
 * integration last), generates <outDir>/sw.js with workbox-build. The service worker precaches
 * the whole built site (pages, styles, scripts, the search index, Anki files), so that once a
 * reader has visited, every chapter and diagram works offline.
 *
 * Updates: a new deploy changes sw.js; the browser installs the new worker in the background and
 * it waits (no skipWaiting, no clientsClaim) until every tab of the site is closed. A page in use
 * therefore keeps the worker, and the cached files, it started with, and the next visit gets the
 * new version whole. Precache URLs are relative to sw.js, which sits at the site's `base`, so a
 * sub-path deploy caches and serves /<base>/… and registers with that scope.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW, type GenerateSWOptions } from 'workbox-build';

export const serviceWorkerFile = 'sw.js';

/** What the precache includes, relative to the output folder. */
export const precachePatterns = ['**/*.{html,css,js,svg,png,ico,webmanifest,woff2,tsv}', '_astro/props/*.json', 'pagefind/**/*'];

/** What it leaves out: the worker itself, and Pagefind's index for pages without a language (all pages are English). */
export const precacheIgnores = [serviceWorkerFile, 'pagefind/wasm.unknown.pagefind'];

/** workbox-build's generateSW options for a build folder (also used by the update test). */
export function serviceWorkerOptions(outDir: string): GenerateSWOptions {
  return {
    globDirectory: outDir,
    globPatterns: precachePatterns,
    globIgnores: precacheIgnores,
    swDest: path.join(outDir, serviceWorkerFile),
    // /learn/x/ is served from the precached learn/x/index.html.
    directoryIndex: 'index.html',
    // Diagram links carry their state in the query (?view=…&step=…), and Pagefind adds a
    // cache-busting ?ts=; the page or file is the same, so match the precache ignoring them.
    ignoreURLParametersMatching: [/.*/],
    // Astro's hashed assets never change under the same name: no revision needed.
    dontCacheBustURLsMatching: /_astro\//,
    cacheId: 'tlr4-ldn-explainer',
    cleanupOutdatedCaches: true,
    skipWaiting: false,
    clientsClaim: false,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  };
}

export function serviceWorker(): AstroIntegration {
  return {
    name: 'explainer:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size, warnings } = await generateSW(serviceWorkerOptions(fileURLToPath(dir)));
        for (const warning of warnings) logger.warn(warning);
        logger.info(`Service worker precaches ${count} files (${Math.round(size / 1024)} KiB)`);
      },
    },
  };
}
