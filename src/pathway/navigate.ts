/**
 * Keyboard movement over a laid-out diagram, so a reader can walk the pathway without a mouse:
 * Down follows an arrow downstream, Up goes back upstream, Left and Right move between
 * siblings (nodes fed by the same node, or feeding the same node; failing that, the nodes of
 * the same compartment), Home and End go to the first and last node in reading order.
 */
import { byReadingOrder, type Box } from './entry-node';
import type { DiagramLayout, LayoutNode } from './layout';

export type Direction = 'downstream' | 'upstream' | 'previous' | 'next' | 'first' | 'last';

/** Left to right, then top to bottom: the order siblings sit in. */
const byColumn = (a: Box, b: Box) => a.x - b.x || a.y - b.y;

function downstreamOf(layout: DiagramLayout, id: string): string[] {
  return layout.edges.filter((edge) => edge.source === id && edge.target !== id).map((edge) => edge.target);
}

function upstreamOf(layout: DiagramLayout, id: string): string[] {
  return layout.edges.filter((edge) => edge.target === id && edge.source !== id).map((edge) => edge.source);
}

/** Nodes that share a parent or a child with `id` (including `id`), or else its compartment mates. */
function siblingsOf(layout: DiagramLayout, id: string, compartmentOf: (id: string) => string | undefined): string[] {
  const related = new Set<string>([id]);
  for (const parent of upstreamOf(layout, id)) for (const child of downstreamOf(layout, parent)) related.add(child);
  for (const child of downstreamOf(layout, id)) for (const parent of upstreamOf(layout, child)) related.add(parent);
  if (related.size > 1) return [...related];
  const home = compartmentOf(id);
  return layout.nodes.filter((node) => compartmentOf(node.id) === home).map((node) => node.id);
}

/**
 * The node to move to from `from` in `direction`, or undefined when there is none (the caller
 * says so). `compartmentOf` maps a node id to its compartment, for nodes with no siblings.
 */
export function moveFocus(
  layout: DiagramLayout,
  from: string,
  direction: Direction,
  compartmentOf: (id: string) => string | undefined = () => undefined,
): string | undefined {
  const nodes = new Map(layout.nodes.map((node) => [node.id, node]));
  const boxes = (ids: string[]) =>
    [...new Set(ids)].map((id) => nodes.get(id)).filter((node): node is LayoutNode => node !== undefined);
  const ordered = [...layout.nodes].sort(byReadingOrder);
  switch (direction) {
    case 'first':
      return ordered[0]?.id;
    case 'last':
      return ordered.at(-1)?.id;
    case 'downstream':
      return boxes(downstreamOf(layout, from)).sort(byColumn)[0]?.id;
    case 'upstream':
      return boxes(upstreamOf(layout, from)).sort(byColumn)[0]?.id;
    default: {
      const row = boxes(siblingsOf(layout, from, compartmentOf)).sort(byColumn);
      const index = row.findIndex((node) => node.id === from);
      const next = row[index + (direction === 'next' ? 1 : -1)];
      return next?.id;
    }
  }
}

/** The keys that walk the diagram, and where each goes. */
const keyDirections: Record<string, Direction> = {
  ArrowDown: 'downstream',
  ArrowUp: 'upstream',
  ArrowLeft: 'previous',
  ArrowRight: 'next',
  Home: 'first',
  End: 'last',
};

const directionWords: Record<Direction, string> = {
  downstream: 'downstream of',
  upstream: 'upstream of',
  previous: 'before',
  next: 'after',
  first: 'before',
  last: 'after',
};

/**
 * moveFocus for a key press: `to`, the node to focus, or `nothing`, the words that tell a screen
 * reader there is none that way ("Nothing downstream of TNF-α in this view.").
 */
export function walkByKey(
  layout: DiagramLayout,
  from: string,
  key: string,
  compartmentOf: (id: string) => string | undefined,
): { to?: string; nothing?: string } {
  const direction = keyDirections[key];
  if (!direction) return {};
  const to = moveFocus(layout, from, direction, compartmentOf);
  const label = layout.nodes.find((node) => node.id === from)?.label ?? from;
  return to ? { to } : { nothing: `Nothing ${directionWords[direction]} ${label} in this view.` };
}
