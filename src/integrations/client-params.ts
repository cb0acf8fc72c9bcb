/**
 * Astro integration adding hydration directives that load an island's code only when a
 * reader needs it:
 * - `client:params`: only when the page's URL carries at least one of the named query
 *   parameters, e.g. <HandoutSteps client:params="view,ligand,drug,cell,contested" />. Without
 *   them the pre-rendered HTML is already the whole page.
 * - `client:open`: only when the <details> around the island is opened (at once if it is open
 *   already, or if there is none), e.g. the embed builder under "Embed, link or present".
 * - `client:near`: like `client:visible` (when the island comes near the screen), but presses
 *   made before it has started are answered once it has (early-presses.ts), as with `client:staged`.
 * - `client:staged`: when the browser is idle, like `client:idle`, but in stages so that no
 *   single task blocks the page for long: fetch the island's props (the build moves large ones
 *   to a file, see island-props.ts) and its code; let the component module's `warm(props, island)` do
 *   its first computation; then, in a later task, hydrate.
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
        addClientDirective({
          name: 'open',
          entrypoint: fileURLToPath(new URL('./client-open-directive.ts', import.meta.url)),
        });
        addClientDirective({
          name: 'near',
          entrypoint: fileURLToPath(new URL('./client-near-directive.ts', import.meta.url)),
        });
        addClientDirective({
          name: 'staged',
          entrypoint: fileURLToPath(new URL('./client-staged-directive.ts', import.meta.url)),
        });
      },
    },
  };
}
