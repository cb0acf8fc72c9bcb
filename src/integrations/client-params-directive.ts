// The browser side of `client:params` (see client-params.ts); Astro inlines it into pages that use it.
import type { ClientDirective } from 'astro';

const hydrateWithParams: ClientDirective = (load, options) => {
  const names = String(options.value ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const params = new URLSearchParams(window.location.search);
  if (names.some((name) => params.has(name))) void load().then((hydrate) => hydrate());
};

export default hydrateWithParams;
