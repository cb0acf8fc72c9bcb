/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Pathway figures rendered so far on this page, for unique SVG ids. */
    figureCount?: number;
    /** Scripts held back by AfterFirstPaint.astro so far on this page, by key. */
    afterFirstPaint?: Set<string>;
  }
}

// For svelte-check, which reads src/components/mdx/index.ts but not .astro files; astro check
// resolves the real component types.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
