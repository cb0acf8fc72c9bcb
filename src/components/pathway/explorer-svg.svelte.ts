/**
 * The explorer's SVG (and the presentation's, see present-svg.ts) is hydrated on its own, in a
 * task of its own before the explorer's (see PathwayExplorer's `warm`): hydrating both at once was
 * one long task on a slow phone, which blocked input while the page loaded. The page renders the
 * SVG as the explorer's child (so Svelte does not walk it when the explorer hydrates; see
 * ExplorerDrawing.astro) with `explorerSvgStart`'s props; the explorer then drives it by writing
 * to the props that `hydrateExplorerSvg` returns.
 */
import { hydrate, type ComponentProps } from 'svelte';
import type { PreparedDiagram } from '../../pathway/diagram';
import { entryNode } from '../../pathway/entry-node';
import PathwaySvg from './PathwaySvg.svelte';

/** The props of the explorer's SVG in its first state: what the page renders and what hydration then expects. */
export function explorerSvgStart(idPrefix: string, { layout, description }: Pick<PreparedDiagram, 'layout' | 'description'>) {
  return { idPrefix, interactive: true, layout, description, tabbableNode: entryNode(layout) };
}

export type ExplorerSvgProps = ReturnType<typeof explorerSvgStart> & { focusedNode?: string; selectedNode?: string };

// The islands on these pages are never unmounted (the site has no client-side router), so
// neither is the SVG.
const hydrated = new WeakMap<Element, ComponentProps<typeof PathwaySvg>>();

/**
 * Hydrates the SVG that the page rendered into `slot` with `start` (once per slot: later calls
 * return the same props) and returns its props, each a state that the SVG follows.
 */
export function hydrateExplorerSvg<Props extends ComponentProps<typeof PathwaySvg>>(slot: Element, start: () => Props): Props {
  let props = hydrated.get(slot) as Props | undefined;
  if (!props) {
    props = {} as Props;
    for (const [key, first] of Object.entries({ focusedNode: undefined, selectedNode: undefined, ...start() })) {
      // Raw: a layout is only ever replaced whole (a deep proxy would make every read a signal).
      let value = $state.raw(first);
      Object.defineProperty(props, key, { get: () => value, set: (next) => (value = next) });
    }
    hydrate(PathwaySvg, { target: slot, props });
    hydrated.set(slot, props);
  }
  return props;
}

/** Where the page rendered the SVG: the island's child slot in `frame` (.diagram-frame, or the presentation's .slide). */
export const explorerSvgSlot = (frame: Element | null | undefined) => frame?.querySelector(':scope > astro-slot');

/**
 * Gives the SVG's props `next`: at once, or, for a step the reader pressed (`afterPaint`), once
 * the browser has painted. The press's own answer (the button, the counter, the narration) then
 * shows a frame sooner, and the diagram follows in the next frame: on a slow phone its restyle
 * and paint took most of the press's time. Returns the effect's cleanup, so that a newer state
 * replaces one still waiting.
 */
export function drawSvg<Props extends object>(svg: Props | undefined, next: Partial<Props>, afterPaint: boolean) {
  let wanted = true;
  const draw = () => wanted && svg && Object.assign(svg, next);
  if (!afterPaint) return void draw();
  // A task queued from the frame's animation callbacks runs once that frame is painted.
  requestAnimationFrame(() => setTimeout(draw));
  return () => (wanted = false);
}
