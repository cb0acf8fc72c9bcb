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

type Kept<T> = WeakMap<PathwayModel, Map<string, T>>;

/** `compute()`, or what it returned for the same model and key lately (the last `size` are kept). */
function remember<T>(kept: Kept<T>, model: PathwayModel, key: string, size: number, compute: () => T): T {
  let forModel = kept.get(model);
  if (!forModel) kept.set(model, (forModel = new Map()));
  if (!forModel.has(key)) {
    if (forModel.size >= size) forModel.delete(forModel.keys().next().value!);
    forModel.set(key, compute());
  }
  return forModel.get(key)!;
}

// Stepping changes neither the scenario nor the simulation: keep the last few per model, so a
// step only lays out and describes (the simulation is most of a step's script time).
const simulations: Kept<Simulation> = new WeakMap();
// The last few whole results too: an island computes its first state before it hydrates
// (client:staged's warm), and hydration then finds it here instead of computing it again.
const prepared: Kept<PreparedDiagram> = new WeakMap();

export function prepareDiagram(model: PathwayModel, requested: DiagramState): PreparedDiagram {
  const { view, ligands, drug, cell, contested, step } = requested;
  const scenario = `${ligands.join(',')}|${drug}|${cell}|${contested}`;
  return remember(prepared, model, `${view}|${step}|${scenario}`, 4, () => {
    const simulation = remember(simulations, model, scenario, 8, () =>
      simulateScenario(model, { ligands, drug, cell, contested }),
    );
    const { state, notice } = clampStep(requested, projectSteps(model, view, simulation).length);
    const layout = layoutView(model, state, simulation);
    return { state, notices: notice ? [notice] : [], simulation, layout, description: describeState(model, state, layout) };
  });
}
