import { serializeState, type DiagramState } from '../pathway/state';

/**
 * Fired on window after an island has recorded its state in the address, for scripts that
 * follow the address (the embed's credit link and its parent, the embed builder). The pathway
 * explorer writes the address once stepping pauses (whenSettled), so a listener on the click
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
 * How long stepping must pause before the address is written: longer than the gap between the
 * presses of a reader skipping through the steps, so the write never lands on the next press.
 */
export const settleMs = 600;

/**
 * Wraps `task` so that calling the result runs it once the calls have paused for `settleMs`, or
 * at once when the page is hidden or left: for work nothing on screen waits for. Writing the
 * address (history.replaceState) keeps the page's thread and the browser busy for milliseconds,
 * and done in the frame after a step it delayed that step's paint. `cancel` drops a pending run.
 */
export function whenSettled(task: () => void): (() => void) & { cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  const run = () => {
    if (timer === undefined) return;
    cancel();
    task();
  };
  const schedule = () => {
    // Here, not above: the components that call this also render on the server. Adding the
    // same listener again does nothing.
    addEventListener('visibilitychange', run);
    clearTimeout(timer);
    timer = setTimeout(run, settleMs);
  };
  return Object.assign(schedule, { cancel });
}
