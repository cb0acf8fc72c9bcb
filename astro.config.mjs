// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { unified } from '@astrojs/markdown-remark';
import { remarkCitations } from './src/content/remark-citations.ts';
import { remarkTerms } from './src/content/remark-terms.ts';

/**
 * SITE_URL: the public origin the site is deployed at (used for canonical links and oEmbed).
 * BASE_PATH: the sub-path it is served under, e.g. /tlr4/ on a shared host; "/" by default.
 * OUT_DIR: where the build goes (tests build a sub-path copy into dist-subpath).
 * CACHE_DIR: Astro's cache; the build-error tests give each of their builds its own.
 */
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // unified (remark) rather than the default Sätteri processor, so the citation plugin can run.
  markdown: { processor: unified({ remarkPlugins: [remarkCitations, remarkTerms] }), syntaxHighlight: false },
  integrations: [mdx(), svelte()],
  security: { csp: true },
  devToolbar: { enabled: false },
});
