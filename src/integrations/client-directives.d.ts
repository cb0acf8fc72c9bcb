// Types of the directives added by src/integrations/client-params.ts.
declare global {
  namespace Astro {
    interface ClientDirectives {
      /** Hydrate only when the URL has one of these comma-separated query parameters. */
      'client:params'?: string;
      /** Hydrate when the enclosing <details> opens (at once if open, or if there is none). */
      'client:open'?: boolean;
      /** Hydrate when the island comes near the screen, answering presses made before then. */
      'client:near'?: boolean;
      /** Hydrate when idle, in stages (props and code, then `warm(props, island)`, then hydration), each its own task. */
      'client:staged'?: boolean;
    }
  }
}

export {};
