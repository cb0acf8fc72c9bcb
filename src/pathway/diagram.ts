/**
 * prepareDiagram: the whole pipeline for one state, as every surface (article figure, diagram
 * page, embed, presentation, export) needs it: simulate → clamp the step → lay out → describe.
 */
import { describeState, type DiagramDescription } from './describe';
import { layoutView, type DiagramLayout } from './layout';
import type { PathwayModel } from './model';
import { simulateScenario, type Simulation } from './simulate';
import { clampStep, type DiagramState, type StateNotice } from './state';
import { projectSteps } from './steps';

export interface PreparedDiagram {
  /** The state actually shown (step clamped to the view's steps). */
  state: DiagramState;
  /** Notice when the step had to be clamped (add parseState's notices yourself). */
  notices: StateNotice[];
  simulation: Simulation;
  layout: DiagramLayout;
  description: DiagramDescription;
}

// Stepping changes neither the scenario nor the simulation: keep the last few per model, so a
// step only lays out and describes (the simulation is most of a step's script time).
const simulations = new WeakMap<PathwayModel, Map<string, Simulation>>();
const keptPerModel = 8;

function simulateOnce(model: PathwayModel, { ligands, drug, cell, contested }: DiagramState): Simulation {
  let kept = simulations.get(model);
  if (!kept) simulations.set(model, (kept = new Map()));
  const key = `${ligands.join(',')}|${drug}|${cell}|${contested}`;
  let simulation = kept.get(key);
  if (!simulation) {
    simulation = simulateScenario(model, { ligands, drug, cell, contested });
    if (kept.size >= keptPerModel) kept.delete(kept.keys().next().value!);
    kept.set(key, simulation);
  }
  return simulation;
}

export function prepareDiagram(model: PathwayModel, requested: DiagramState): PreparedDiagram {
  const simulation = simulateOnce(model, requested);
  const { state, notice } = clampStep(requested, projectSteps(model, requested.view, simulation).length);
  const layout = layoutView(model, state, simulation);
  return { state, notices: notice ? [notice] : [], simulation, layout, description: describeState(model, state, layout) };
}
