// Type of the `client:params` directive added by src/integrations/client-params.ts.
declare global {
  namespace Astro {
    interface ClientDirectives {
      /** Hydrate only when the URL has one of these comma-separated query parameters. */
      'client:params'?: string;
    }
  }
}

export {};
