import { serializeState, type DiagramState } from '../pathway/state';

/**
 * Fired on window after an island has recorded its state in the address, for scripts that
 * follow the address (the embed's credit link and its parent, the embed builder). The pathway
 * explorer writes the address a frame after the change is painted, so a listener on the click
 * itself would read the old address.
 */
export const stateWrittenEvent = 'explainer:state-written';

const diagramParams = ['view', 'ligand', 'drug', 'cell', 'contested', 'step'];

/**
 * The query string with the diagram's parameters replaced by `state`'s (defaults omitted) and
 * every other parameter kept, e.g. an LMS's own or an embed's theme.
 */
export function searchWithState(search: string, state: DiagramState): string {
  const params = new URLSearchParams(search);
  for (const name of diagramParams) params.delete(name);
  const merged = [serializeState(state, { omitDefaults: true }), params.toString()].filter(Boolean).join('&');
  return merged ? `?${merged}` : '';
}

/**
 * Wraps `task` so that calling the result runs it once, after the next frame has been painted,
 * however often it is called before then: for work nothing on screen waits for (writing the
 * address with history.replaceState is slow on a phone).
 */
export function afterPaint(task: () => void): () => void {
  let pending = false;
  return () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        pending = false;
        task();
      }),
    );
  };
}
