/**
 * projectSteps: the steps of a simulation as seen in one view. A view step ends where at least
 * one arrow of the view is newly reached; model steps that change nothing drawn are folded into
 * the next view step, so stepping the overview with a clicker never shows a dead step. Step 0 is
 * the stimulus alone, in every view.
 */
import type { Activity } from './activity';
import { captionWithChanges } from './captions';
import type { Grade } from './ids';
import { findView } from './find-view';
import { remember, type Kept } from './memo';
import type { PathwayModel } from './model';
import type { Simulation } from './simulate';
import { listViewEdges, type ViewEdge } from './view-edges';

export interface ViewStep {
  /** 0 for the stimulus alone, then 1, 2, … */
  index: number;
  /** Indices of the simulation steps folded into this one. */
  modelSteps: number[];
  /** View arrows reached in this step. */
  edges: string[];
  /** Plain-language caption. */
  caption: string;
  /** View nodes whose state changed since the previous view step. */
  changed: string[];
  /** State of every node after this step. */
  activity: Record<string, Activity>;
  /** Grades of the arrows reached, strongest first. */
  grades: Grade[];
}

const firedAtCache = new WeakMap<Simulation, Map<string, number>>();

/** Model edge id → the simulation step that fires it, computed once per simulation. */
function firedAtStep(simulation: Simulation): Map<string, number> {
  let firedAt = firedAtCache.get(simulation);
  if (!firedAt) {
    firedAt = new Map();
    for (const step of simulation.steps) for (const id of step.edges) firedAt.set(id, step.index);
    firedAtCache.set(simulation, firedAt);
  }
  return firedAt;
}

/** Simulation step at which a view arrow is reached: when the last of its acting model edges fires. */
export function reachedAtStep(edge: ViewEdge, simulation: Simulation): number | undefined {
  const firedAt = firedAtStep(simulation);
  const times = edge.via.map((id) => firedAt.get(id)).filter((time): time is number => time !== undefined);
  return times.length > 0 ? Math.max(...times) : undefined;
}

const projected: Kept<Simulation, ViewStep[]> = new WeakMap();

/** The view's steps, projected once per simulation (prepareDiagram and layoutView both ask, on every step). */
export function projectSteps(model: PathwayModel, viewId: string, simulation: Simulation): ViewStep[] {
  return remember(projected, simulation, viewId, () => projectViewSteps(model, viewId, simulation));
}

function projectViewSteps(model: PathwayModel, viewId: string, simulation: Simulation): ViewStep[] {
  const view = findView(model, viewId);
  const shown = view.nodes.map((placed) => placed.node);
  const labelOf = (id: string) => model.nodes.find((node) => node.id === id)?.label ?? id;
  const edges = listViewEdges(model, view);
  const reachedAt = new Map(edges.map((edge) => [edge.id, reachedAtStep(edge, simulation)]));
  const first = simulation.steps[0]!;
  const steps: ViewStep[] = [
    { index: 0, modelSteps: [0], edges: [], caption: first.caption, changed: [], activity: first.activity, grades: [] },
  ];
  let pending: number[] = [];
  const changedSince = (before: Record<string, Activity>, after: Record<string, Activity>) =>
    shown.filter((id) => before[id] !== after[id]);
  for (const modelStep of simulation.steps.slice(1)) {
    pending.push(modelStep.index);
    const reached = edges.filter((edge) => reachedAt.get(edge.id) === modelStep.index);
    if (reached.length === 0) continue;
    const newEdges = edges.filter((edge) => pending.includes(reachedAt.get(edge.id) ?? -1));
    const previous = steps.at(-1)!;
    const changed = changedSince(previous.activity, modelStep.activity);
    steps.push({
      index: steps.length,
      modelSteps: pending,
      edges: newEdges.map((edge) => edge.id),
      caption: captionWithChanges(newEdges, changed, modelStep.activity, labelOf),
      changed,
      activity: modelStep.activity,
      grades: (['A', 'B', 'C'] as const).filter((grade) => newEdges.some((edge) => edge.grade === grade)),
    });
    pending = [];
  }
  // Model steps after the last drawn arrow: fold them into the last step, so every view ends on the
  // final state (changes to nodes this view does not show are carried silently).
  const final = simulation.steps.at(-1)!.activity;
  const last = steps.at(-1)!;
  if (pending.length > 0) {
    const changed = changedSince(last.activity, final);
    if (last.index === 0 && changed.length > 0) {
      const folded = pending.map((index) => simulation.steps[index]!.caption).join(' ');
      steps.push({
        index: 1,
        modelSteps: pending,
        edges: [],
        caption: captionWithChanges([], changed, final, labelOf) || folded,
        changed,
        activity: final,
        grades: [],
      });
    } else {
      steps[steps.length - 1] = {
        ...last,
        modelSteps: [...last.modelSteps, ...pending],
        changed: [...new Set([...last.changed, ...changed])],
        activity: final,
      };
    }
  }
  return steps;
}
