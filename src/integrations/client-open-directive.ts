// The browser side of `client:open` (see client-params.ts); Astro inlines it into pages that use it.
import type { ClientDirective } from 'astro';

const hydrateWhenOpen: ClientDirective = (load, _options, island) => {
  const hydrate = () => void load().then((run) => run());
  const details = island.closest('details');
  if (!details || details.open) return hydrate();
  const onToggle = () => {
    if (!details.open) return;
    details.removeEventListener('toggle', onToggle);
    hydrate();
  };
  details.addEventListener('toggle', onToggle);
};

export default hydrateWhenOpen;
