/**
 * Astro integration adding the `client:params` hydration directive: an island hydrates only when
 * the page's URL carries at least one of the named query parameters, e.g.
 * <HandoutSteps client:params="view,ligand,drug,cell,contested" />. Without them the
 * pre-rendered HTML is already the whole page, so no JavaScript is loaded for it.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function clientParamsDirective(): AstroIntegration {
  return {
    name: 'explainer:client-params',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({
          name: 'params',
          entrypoint: fileURLToPath(new URL('./client-params-directive.ts', import.meta.url)),
        });
      },
    },
  };
}
