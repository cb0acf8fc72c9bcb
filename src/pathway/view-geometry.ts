/**
 * drawView: the shapes of a view that no scenario changes (glyph outlines and label lines, arrow
 * routes through d3-shape, notes, compartments, the legend). They are computed once per view
 * when the model is built, in Node at build time, and travel with the model as numbers and path
 * strings; the browser re-lays out a state without loading the routing or text-measuring code.
 */
import { compartmentLayout, type LayoutCompartment, type LayoutText } from './compartments';
import { routeEdge, type NodeFrame } from './edge-path';
import { round1, type Point } from './geometry';
import { glyphPath, labelFont, sizeGlyph, summaryOffset, type GlyphShape } from './glyph';
import type { Grade } from './ids';
import { layoutLegend, type LegendLayout } from './legend';
import { measureText, wrapLabel } from './measure-label';
import type { PathwayContent, PathwayView } from './model';
import { listViewEdges } from './view-edges';

export interface NodeGeometry {
  shape: GlyphShape;
  width: number;
  height: number;
  /** Outline of the glyph. */
  path: string;
  /** Offset outline behind a summary node. */
  shadowPath: string | undefined;
  /** Label lines, centred on the node (text-anchor middle). */
  lines: LayoutText[];
  /** Where the activity mark is drawn (the glyph's top-right corner). */
  markAt: Point;
}

export interface EdgeRoute {
  path: string;
  /** A point half-way along, for the grade C badge. */
  middle: Point;
}

export interface LayoutAnnotation {
  id: string;
  sourceRow: string;
  grade: Grade;
  refs: string[];
  text: string;
  /** The note's box (top-left corner and size). */
  box: { x: number; y: number; width: number; height: number };
  path: string;
  lines: LayoutText[];
}

export interface ViewGeometry {
  /** By node id. */
  nodes: Record<string, NodeGeometry>;
  /** By view edge id. */
  edges: Record<string, EdgeRoute>;
  annotations: LayoutAnnotation[];
  compartments: LayoutCompartment[];
  legend: LegendLayout;
}

const annotationFont = 12;
const annotationLine = 15;
const annotationPadding = 8;

function layoutLines(lines: string[], x: number, y: number, lineHeight: number, fontSize: number): LayoutText[] {
  const top = y - ((lines.length - 1) * lineHeight) / 2 + fontSize * 0.35;
  return lines.map((text, i) => ({ text, x: round1(x), y: round1(top + i * lineHeight), anchor: 'middle' as const }));
}

function drawAnnotation(model: PathwayContent, placed: PathwayView['annotations'][number]): LayoutAnnotation {
  const note = model.annotations.find((candidate) => candidate.id === placed.annotation)!;
  const lines = wrapLabel(note.text, placed.width - 2 * annotationPadding, annotationFont);
  const height = lines.length * annotationLine + 2 * annotationPadding;
  const width = Math.max(...lines.map((text) => measureText(text, annotationFont))) + 2 * annotationPadding;
  const box = { x: placed.x, y: placed.y, width: round1(Math.min(placed.width, width)), height };
  return {
    id: note.id,
    sourceRow: note.sourceRow,
    grade: note.grade,
    refs: note.refs,
    text: note.text,
    box,
    path: `M${round1(box.x)},${round1(box.y)}h${box.width}v${box.height}h${-box.width}Z`,
    lines: lines.map((text, i) => ({
      text,
      x: round1(box.x + annotationPadding),
      y: round1(box.y + annotationPadding + annotationFont * 0.85 + i * annotationLine),
      anchor: 'start' as const,
    })),
  };
}

export function drawView(model: PathwayContent, view: PathwayView): ViewGeometry {
  const nodesById = new Map(model.nodes.map((node) => [node.id, node]));
  const frames = new Map<string, NodeFrame>();
  const nodes: Record<string, NodeGeometry> = {};
  for (const { node: id, x, y } of view.nodes) {
    const node = nodesById.get(id)!;
    const glyph = sizeGlyph(node.kind, node.label);
    frames.set(id, { x, y, width: glyph.width, height: glyph.height, shape: glyph.shape });
    nodes[id] = {
      shape: glyph.shape,
      width: glyph.width,
      height: glyph.height,
      path: glyphPath(glyph.shape, x, y, glyph.width, glyph.height),
      shadowPath:
        node.members !== undefined
          ? glyphPath(glyph.shape, x + summaryOffset, y + summaryOffset, glyph.width, glyph.height)
          : undefined,
      lines: layoutLines(glyph.lines, x, y, labelFont.lineHeight, labelFont.size),
      markAt: { x: round1(x + glyph.width / 2 - 3), y: round1(y - glyph.height / 2 + 3) },
    };
  }
  const edges: Record<string, EdgeRoute> = {};
  for (const edge of listViewEdges(model, view)) {
    const route = view.routes.find((candidate) => candidate.edge === edge.id);
    const { path, middle } = routeEdge(frames.get(edge.source)!, frames.get(edge.target)!, route);
    edges[edge.id] = { path, middle };
  }
  return {
    nodes,
    edges,
    annotations: view.annotations.map((placed) => drawAnnotation(model, placed)),
    compartments: compartmentLayout(model, view),
    legend: layoutLegend(view.width),
  };
}

/** Every view drawn, by view id. */
export function drawViews(model: PathwayContent): Record<string, ViewGeometry> {
  return Object.fromEntries(model.views.map((view) => [view.id, drawView(model, view)]));
}
