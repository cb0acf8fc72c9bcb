import type { EdgeKind, EvidenceSystem, Grade } from './ids';
import type { PathwayContent, PathwayView } from './model';

/** An arrow drawn in a view: a model edge between two shown nodes, or a composed edge. */
export interface ViewEdge {
  id: string;
  /** EVIDENCE.md row: "D9" for model edges, "S4" for overview arrows. */
  sourceRow: string;
  source: string;
  target: string;
  kind: EdgeKind;
  grade: Grade;
  systems: EvidenceSystem[];
  refs: string[];
  against: string[];
  caption: string;
  /** Model edges it stands for (just itself for a model edge). */
  via: string[];
  /** True for a view-level arrow composed from model edges. */
  composed: boolean;
}

/**
 * The arrows of a view, in drawing order: every model edge whose two ends are placed in the
 * view (unless hidden), then the view's composed edges.
 */
export function listViewEdges(model: PathwayContent, view: PathwayView): ViewEdge[] {
  const shown = new Set(view.nodes.map((placed) => placed.node));
  const modelEdges: ViewEdge[] = model.edges
    .filter((edge) => shown.has(edge.source) && shown.has(edge.target) && !view.hideEdges.includes(edge.id))
    // Spread whole: the edge's other fields (strength, when…) ride along unread.
    .map((edge) => ({ ...edge, via: [edge.id], composed: false }));
  const composed: ViewEdge[] = view.edges.map((edge) => ({ ...edge, composed: true }));
  return [...modelEdges, ...composed];
}
