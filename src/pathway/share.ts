/**
 * Structural sharing between two layouts: each node and edge that did not change keeps the
 * previous object, so a renderer that compares by identity (Svelte's keyed `{#each}`) updates
 * only what a step changed instead of every glyph and arrow.
 */
import type { DiagramLayout } from './layout';

// A view lists its nodes and edges in the same order whatever the state; ids are compared too,
// so another view's layout shares nothing.
function shareItems<T extends object>(previous: T[] = [], next: T[]): T[] {
  return next.map((item, i) => {
    const old = previous[i];
    return old && Object.keys(item).every((key) => old[key as keyof T] === item[key as keyof T]) ? old : item;
  });
}

/** `next`, with the nodes and edges that equal those of `previous` replaced by them. */
export function shareUnchanged(previous: DiagramLayout | undefined, next: DiagramLayout): DiagramLayout {
  return { ...next, nodes: shareItems(previous?.nodes, next.nodes), edges: shareItems(previous?.edges, next.edges) };
}
