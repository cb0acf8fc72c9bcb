/**
 * findLayoutProblems: what a careful figure editor would flag: glyphs outside the viewBox,
 * glyphs (or notes) overlapping each other, and arrows running through a glyph they do not
 * connect. Used by the tests; also handy when hand-placing a new view.
 */
import { segmentHitsBox, type Box } from './geometry';
import { summaryOffset } from './glyph';
import type { DiagramLayout, LayoutNode } from './layout';

/** Minimum clear space between two glyphs, in viewBox units. */
export const minGap = 6;

function nodeBox(node: LayoutNode): Box {
  const extra = node.summary ? summaryOffset : 0;
  return { x: node.x - node.width / 2, y: node.y - node.height / 2, width: node.width + extra, height: node.height + extra };
}

function boxesOverlap(a: Box, b: Box, gap: number): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

function pathPoints(path: string): Array<{ x: number; y: number }> {
  return [...path.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)].map((match) => ({
    x: Number(match[1]),
    y: Number(match[2]),
  }));
}

export function findLayoutProblems(layout: DiagramLayout): string[] {
  const problems: string[] = [];
  const boxes = layout.nodes.map((node) => ({ id: node.id, box: nodeBox(node) }));
  for (const { id, box } of boxes) {
    if (box.x < 0 || box.y < 0 || box.x + box.width > layout.width || box.y + box.height > layout.height) {
      problems.push(`${layout.viewId}: node "${id}" sticks out of the ${layout.width}×${layout.height} viewBox`);
    }
  }
  const notes = layout.annotations.map((note) => ({ id: `note ${note.id}`, box: note.box }));
  const all = [...boxes, ...notes];
  for (let i = 0; i < all.length; i += 1) {
    for (let j = i + 1; j < all.length; j += 1) {
      if (boxesOverlap(all[i]!.box, all[j]!.box, minGap))
        problems.push(`${layout.viewId}: "${all[i]!.id}" and "${all[j]!.id}" overlap or are closer than ${minGap}`);
    }
  }
  for (const edge of layout.edges) {
    const points = pathPoints(edge.path);
    for (const { id, box } of all) {
      if (id === edge.source || id === edge.target) continue;
      const hit = points.some((point, k) => k > 0 && segmentHitsBox(points[k - 1]!, point, box, 1));
      if (hit) problems.push(`${layout.viewId}: arrow "${edge.id}" (${edge.source} → ${edge.target}) runs through "${id}"`);
    }
  }
  return problems;
}
