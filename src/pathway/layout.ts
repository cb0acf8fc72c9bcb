/**
 * layoutView: everything the renderer draws, as plain numbers and strings: compartment shapes,
 * node glyphs with wrapped labels and their state at the chosen step, and arrow paths with their
 * markers, dashes and "reached" flags. A pure function of (model, state, simulation): the same
 * input gives the same output on the server and in the browser. The shapes themselves come
 * ready-made with the model (view-geometry.ts); this decides their state. Numbers are rounded to 0.1.
 */
import { activityInfo, type Activity, type ActivityInfo } from './activity';
import type { LayoutCompartment, LayoutText } from './compartments';
import type { Point } from './geometry';
import type { GlyphShape } from './glyph';
import { isNegativeKind, type EdgeKind, type Grade, type NodeKind } from './ids';
import type { LegendLayout } from './legend';
import { findView } from './find-view';
import type { PathwayModel } from './model';
import type { Simulation } from './simulate';
import type { DiagramState } from './state';
import { projectSteps, reachedAtStep, type ViewStep } from './steps';
import { edgeAccessibleName, nodeAccessibleName } from './names';
import { listViewEdges } from './view-edges';
import type { LayoutAnnotation } from './view-geometry';

export type { LayoutCompartment, LayoutText } from './compartments';
export type { LayoutAnnotation } from './view-geometry';

export interface LayoutNode {
  id: string;
  label: string;
  /** Full name, for cards and accessible names. */
  name: string;
  kind: NodeKind;
  shape: GlyphShape;
  /** Stands for several model nodes (drawn with an offset second outline). */
  summary: boolean;
  /** Centre and size. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Outline of the glyph. */
  path: string;
  /** Offset outline behind a summary node. */
  shadowPath: string | undefined;
  /** Label lines, centred on x (text-anchor middle). */
  lines: LayoutText[];
  /** State at the shown step, with its word and non-colour mark. */
  activity: Activity;
  word: string;
  mark: ActivityInfo['mark'];
  /** Where the mark is drawn (the glyph's top-right corner). */
  markAt: Point;
  /** Touched by the signal at or before the shown step (or a stimulus that is present). */
  reached: boolean;
  /** Changed in the shown step (never when state.step is 'last', the whole picture). */
  current: boolean;
  /** "TLR4, Toll-like receptor 4, active" (names.ts). */
  accessibleName: string;
}

export interface LayoutEdge {
  id: string;
  sourceRow: string;
  source: string;
  target: string;
  kind: EdgeKind;
  /** Arrowhead for positive influence, T-bar for inhibition. */
  marker: 'arrow' | 'tbar';
  grade: Grade;
  /** Grade C arrows are dashed and carry a "C" badge at `middle`. */
  dashed: boolean;
  composed: boolean;
  path: string;
  middle: Point;
  /** Acts in this scenario (grade C needs contested mechanisms on; some act only in some cells). */
  inPlay: boolean;
  /** Fired at or before the shown step. */
  reached: boolean;
  /** Fired in the shown step (never when state.step is 'last'). */
  current: boolean;
  caption: string;
  refs: string[];
  against: string[];
  /** "LPS activates MD-2·TLR4; evidence grade A; reached" (names.ts). */
  accessibleName: string;
}

export interface DiagramLayout {
  viewId: string;
  title: string;
  width: number;
  height: number;
  compartments: LayoutCompartment[];
  cellLabel: LayoutText | undefined;
  nodes: LayoutNode[];
  edges: LayoutEdge[];
  annotations: LayoutAnnotation[];
  /** The key drawn under the diagram. */
  legend: LegendLayout;
  /** The shown step (clamped to the view's steps). */
  step: number;
  /** Number of steps in this view, step 0 included. */
  stepCount: number;
  /** Every step of this view, for captions and narration. */
  steps: ViewStep[];
}

/** Resolves `state.step` ('last' or a number) to a valid step index. */
export function resolveStep(step: DiagramState['step'], stepCount: number): number {
  const last = Math.max(0, stepCount - 1);
  return step === 'last' ? last : Math.min(Math.max(0, Math.trunc(step)), last);
}

export function layoutView(model: PathwayModel, state: DiagramState, simulation: Simulation): DiagramLayout {
  const view = findView(model, state.view);
  const steps = projectSteps(model, view.id, simulation);
  const stepIndex = resolveStep(state.step, steps.length);
  const step = steps[stepIndex]!;
  const lastModelStep = Math.max(...step.modelSteps);
  const resting = steps[0]!.activity;
  // The whole picture ('last') highlights nothing; a chosen step highlights what it changed.
  const highlight = state.step !== 'last';
  const nodesById = new Map(model.nodes.map((node) => [node.id, node]));
  const drawn = model.geometry[view.id]!;

  const nodes: LayoutNode[] = view.nodes.map(({ node: id, x, y }) => {
    const node = nodesById.get(id)!;
    const activity = step.activity[id] ?? 'inactive';
    return {
      id,
      label: node.label,
      name: node.name,
      accessibleName: nodeAccessibleName({ ...node, activity }),
      kind: node.kind,
      summary: node.members !== undefined,
      x,
      y,
      ...drawn.nodes[id]!,
      activity,
      word: activityInfo[activity].word,
      mark: activityInfo[activity].mark,
      reached: activity === 'present' || activity !== resting[id],
      current: highlight && step.changed.includes(id),
    };
  });

  const labelOf = (id: string) => nodes.find((node) => node.id === id)?.label ?? id;
  const inPlay = new Set(simulation.inPlay);
  const edges: LayoutEdge[] = listViewEdges(model, view).map((edge) => {
    const route = drawn.edges[edge.id]!;
    const at = reachedAtStep(edge, simulation);
    const played = { inPlay: edge.via.some((id) => inPlay.has(id)), reached: at !== undefined && at <= lastModelStep };
    return {
      id: edge.id,
      sourceRow: edge.sourceRow,
      source: edge.source,
      target: edge.target,
      kind: edge.kind,
      marker: isNegativeKind(edge.kind) ? 'tbar' : 'arrow',
      grade: edge.grade,
      dashed: edge.grade === 'C',
      composed: edge.composed,
      path: route.path,
      middle: route.middle,
      ...played,
      current: highlight && step.edges.includes(edge.id),
      caption: edge.caption,
      refs: edge.refs,
      against: edge.against,
      accessibleName: edgeAccessibleName({ ...edge, ...played }, labelOf),
    };
  });

  const cell = model.scenarios.cells.find((option) => option.id === state.cell);
  return {
    viewId: view.id,
    title: view.title,
    width: view.width,
    height: view.height,
    compartments: drawn.compartments,
    cellLabel: view.cellLabel && cell ? { text: cell.cellLabel, ...view.cellLabel } : undefined,
    nodes,
    edges,
    annotations: drawn.annotations,
    legend: drawn.legend,
    step: stepIndex,
    stepCount: steps.length,
    steps,
  };
}
