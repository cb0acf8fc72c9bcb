/**
 * Accessible names of the diagram's nodes and arrows. They start with the node's label, so a
 * reader who hears "TLR4, Toll-like receptor 4, active" recognises the box they see. The layout
 * carries them on each node and edge, so a step renames only what it changed.
 */
import { activityInfo } from './activity';
import type { LayoutEdge, LayoutNode } from './layout';

const edgeVerb: Record<LayoutEdge['kind'], string> = {
  binds: 'binds',
  activates: 'activates',
  inhibits: 'inhibits',
  recruits: 'recruits',
  phosphorylates: 'phosphorylates',
  degrades: 'marks for destruction',
  translocates: 'moves into',
  transcribes: 'switches on',
  expresses: 'is expressed as',
  cleaves: 'cleaves to make',
  secretes: 'secretes',
};

/** "TLR4, Toll-like receptor 4, active" (the full name is skipped when it repeats the label). */
export function nodeAccessibleName(node: Pick<LayoutNode, 'label' | 'name' | 'activity'>): string {
  const name = node.name.toLowerCase() === node.label.toLowerCase() ? '' : `, ${node.name}`;
  return `${node.label}${name}, ${activityInfo[node.activity].word}`;
}

/** "LPS activates MD-2·TLR4; evidence grade A; reached". */
export function edgeAccessibleName(
  edge: Pick<LayoutEdge, 'source' | 'target' | 'kind' | 'grade' | 'inPlay' | 'reached'>,
  labelOf: (id: string) => string,
): string {
  const status = !edge.inPlay ? 'not acting in this scenario' : edge.reached ? 'reached' : 'not yet reached';
  const contested = edge.grade === 'C' ? 'contested, ' : '';
  return `${labelOf(edge.source)} ${edgeVerb[edge.kind]} ${labelOf(edge.target)}; ${contested}evidence grade ${edge.grade}; ${status}`;
}
