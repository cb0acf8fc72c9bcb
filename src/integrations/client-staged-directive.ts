// The browser side of `client:staged` (see client-params.ts). Astro inlines it into every page
// that uses it, so it is kept small. Each await ends a task: the browser paints and answers
// input between the stages.
import type { ClientDirective } from 'astro';
import { firstContentfulPaint } from '../scripts/first-paint';
import { keepEarlyPresses, nextTask } from './early-presses';

/** Props files' text by URL, fetched once per page however often an island starts (a remount, a swap). */
const propsFiles = new Map<string, Promise<string | undefined>>();

/** Astro's encoding of island props, as far as JSON-like props use it: [0, value] and [1, array]. */
const revive = (tuple: unknown): unknown => {
  if (!Array.isArray(tuple)) return tuple;
  const [type, value] = tuple as [number, unknown];
  if (type === 1) return (value as unknown[]).map(revive);
  return type === 0 && value && typeof value === 'object'
    ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, revive(inner)]))
    : value;
};

const hydrateInStages: ClientDirective = async (load, _options, island) => {
  const answerEarlyPresses = keepEarlyPresses(island);
  await firstContentfulPaint();
  // The timeout: a cross-origin frame (an embed in an LMS page) can go without an idle period for
  // as long as it is shown, and its islands would never start. (setTimeout reads it as no delay.)
  await new Promise((resolve) => (window.requestIdleCallback ?? setTimeout)(resolve, { timeout: 1000 }));
  const source = island.getAttribute('props-src');
  if (source) {
    if (!propsFiles.has(source))
      propsFiles.set(
        source,
        fetch(source).then(
          (response) => (response.ok ? response.text() : undefined),
          () => undefined,
        ),
      );
    const props = await propsFiles.get(source);
    // Without its props the island stays as drawn at build time, as it is without JavaScript.
    if (props === undefined) return console.warn(`Could not load ${source}`);
    // Astro reads the props when it hydrates; setting them now does not hydrate (nothing is loaded).
    island.setAttribute('props', props);
  }
  // The component module may export `warm(props, island)`, a generator of the expensive first
  // steps that yields between them; this is the module instance load() imports too.
  const module = await import(/* @vite-ignore */ island.getAttribute('component-url')!);
  try {
    const props = revive([0, JSON.parse(island.getAttribute('props')!)]);
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    for (const _stage of module.warm?.(props, island) ?? []) await nextTask();
  } catch {
    // Warming is only a head start; hydration computes the same things if it failed.
  }
  const hydrate = await load();
  await nextTask();
  await hydrate();
  await answerEarlyPresses();
};

export default hydrateInStages;
