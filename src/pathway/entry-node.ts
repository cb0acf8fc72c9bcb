/**
 * Where keyboard focus first lands in a laid-out diagram. Apart from navigate.ts, which holds the
 * rest of the keyboard walk and loads on first use, because the explorer needs this at once.
 */
import type { DiagramLayout, LayoutNode } from './layout';

export type Box = Pick<LayoutNode, 'id' | 'x' | 'y'>;

/** Top to bottom, then left to right: the order a reader scans a figure. */
export const byReadingOrder = (a: Box, b: Box) => a.y - b.y || a.x - b.x;

/** The node that takes Tab focus when the diagram is first reached: the first stimulus in reading order. */
export function entryNode(layout: DiagramLayout): string | undefined {
  const ordered = [...layout.nodes].sort(byReadingOrder);
  return (ordered.find((node) => node.kind === 'ligand') ?? ordered[0])?.id;
}
