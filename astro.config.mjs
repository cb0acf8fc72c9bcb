// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { unified } from '@astrojs/markdown-remark';
import { remarkCitations } from './src/content/remark-citations.ts';
import { remarkTerms } from './src/content/remark-terms.ts';
import { clientParamsDirective } from './src/integrations/client-params.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import securityHeaders from './src/integrations/headers.ts';
import { islandProps } from './src/integrations/island-props.ts';
import { compileHints } from './src/integrations/compile-hints.ts';
import { siteUrlCheck } from './src/integrations/site-url.ts';

/**
 * SITE_URL: the public origin the site is deployed at (used for canonical links and oEmbed).
 * BASE_PATH: the sub-path it is served under, e.g. /tlr4/ on a shared host; "/" by default.
 * OUT_DIR: where the build goes (tests build a sub-path copy into dist-subpath).
 * CACHE_DIR: Astro's cache; the build-error tests give each of their builds its own.
 */
const site = process.env.SITE_URL ?? 'http://localhost:4321';
// Always with its trailing slash, so that the site's scripts can append to import.meta.env.BASE_URL.
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Stylesheets inline: one round trip less before first paint (LCP budget, bench/budgets.json).
  build: { format: 'directory', inlineStylesheets: 'always' },
  // unified (remark) rather than the default Sätteri processor, so the citation plugin can run.
  markdown: { processor: unified({ remarkPlugins: [remarkCitations, remarkTerms] }), syntaxHighlight: false },
  // islandProps, pagefindIndex and serviceWorker run after the build, in this order; keep
  // serviceWorker last (but for siteUrlCheck, which only warns) so that its precache lists every
  // file the build and the others wrote.
  integrations: [
    mdx(),
    svelte(),
    securityHeaders(),
    clientParamsDirective(),
    islandProps(),
    pagefindIndex(),
    serviceWorker(),
    siteUrlCheck(process.env.SITE_URL !== undefined, site),
  ],
  security: { csp: true },
  devToolbar: { enabled: false },
  vite: {
    plugins: [compileHints()],
    build: {
      rolldownOptions: {
        // Astro's own "use astro:head-inject" marker in every MDX chapter draws this warning from
        // the bundler in any Astro 7 project (withastro/astro#18087). Silencing it changes no byte
        // of the build; the chapters' styles and islands are exercised by the browser tests. Any
        // other directive still warns.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
        // The diagram islands' small shared modules (URL state, the export menu, and Vite's loader
        // for code loaded on demand) in one file rather than four: each file costs its own import
        // and gzip overhead, and the diagram page's JavaScript budget is tight (bench/budgets.json).
        // Svelte's runtime has a group of its own, or 'shared' would take it in as the menu's
        // dependency and every page with an island would load the URL-state code.
        output: {
          codeSplitting: {
            groups: [
              { name: 'client', test: /node_modules[\\/]svelte[\\/]/, priority: 2 },
              {
                name: 'shared',
                test: /src[\\/](pathway[\\/]state|lib[\\/]url-state)\.ts$|preload-helper|ExportMenu\.svelte$/,
                priority: 1,
              },
            ],
          },
        },
      },
    },
  },
});
