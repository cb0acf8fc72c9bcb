// The browser side of `client:near` (see client-params.ts); Astro inlines it into pages that use it.
import type { ClientDirective } from 'astro';
import { keepEarlyPresses } from './early-presses';

/** How far below the screen an island starts, so that it has usually started when it is reached. */
const rootMargin = '200px';

const hydrateWhenNear: ClientDirective = (load, _options, island) => {
  const answerEarlyPresses = keepEarlyPresses(island);
  const observer = new IntersectionObserver(
    async (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      const hydrate = await load();
      await hydrate();
      await answerEarlyPresses();
    },
    { rootMargin },
  );
  // The island itself has no box (display: contents), so its children are watched.
  for (const child of island.children) observer.observe(child);
};

export default hydrateWhenNear;
