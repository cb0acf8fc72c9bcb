/**
 * prepareDiagram: the whole pipeline for one state, as every surface (article figure, diagram
 * page, embed, presentation, export) needs it: simulate → clamp the step → lay out → describe.
 */
import { describeState, type DiagramDescription } from './describe';
import { layoutView, type DiagramLayout } from './layout';
import { remember, type Kept } from './memo';
import { shareUnchanged } from './share';
import type { PathwayModel } from './model';
import { simulateScenario, simulationSteps, type Simulation } from './simulate';
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
const simulations: Kept<PathwayModel, Simulation> = new WeakMap();
// The last few whole results too: an island computes its first state before it hydrates
// (client:staged's warm), and hydration then finds it here instead of computing it again.
const prepared: Kept<PathwayModel, PreparedDiagram> = new WeakMap();
// The last layout made: a step's layout shares its unchanged nodes and edges with it.
let lastLayout: DiagramLayout | undefined;

const scenarioOf = ({ ligands, drug, cell, contested }: DiagramState) => ({ ligands, drug, cell, contested });
const scenarioKey = ({ ligands, drug, cell, contested }: DiagramState) => `${ligands.join(',')}|${drug}|${cell}|${contested}`;

/** The scenario's simulation, from the last eight kept for the model when it is one of them. */
export function simulateOnce(model: PathwayModel, state: DiagramState): Simulation {
  return remember(simulations, model, scenarioKey(state), () => simulateScenario(model, scenarioOf(state)), 8);
}

/**
 * simulateOnce's work in slices of about `sliceMs` each, with a pause (a yield) between them, for
 * client:staged's warm: a scenario's first simulation runs slowly in code the browser has not
 * compiled yet, and in one piece it was a long task on a slow phone. Keeps the result for simulateOnce.
 */
export function* simulateInSlices(model: PathwayModel, state: DiagramState, sliceMs = 4): Generator<void, void, void> {
  const key = scenarioKey(state);
  if (simulations.get(model)?.has(key)) return;
  const run = simulationSteps(model, scenarioOf(state));
  let sliceStart = performance.now();
  for (let next = run.next(); ; next = run.next()) {
    if (next.done) return void remember(simulations, model, key, () => next.value, 8);
    if (performance.now() - sliceStart < sliceMs) continue;
    yield;
    sliceStart = performance.now();
  }
}

function prepareAnew(model: PathwayModel, requested: DiagramState): PreparedDiagram {
  const simulation = simulateOnce(model, requested);
  const { state, notice } = clampStep(requested, projectSteps(model, requested.view, simulation).length);
  const layout = (lastLayout = shareUnchanged(lastLayout, layoutView(model, state, simulation)));
  return { state, notices: notice ? [notice] : [], simulation, layout, description: describeState(model, state, layout) };
}

export function prepareDiagram(model: PathwayModel, requested: DiagramState): PreparedDiagram {
  const key = `${requested.view}|${requested.step}|${scenarioKey(requested)}`;
  return remember(prepared, model, key, () => prepareAnew(model, requested), 4);
}

/**
 * The longest wait for an idle moment, in ms. After a click on a button, Chromium can hold idle
 * callbacks back for seconds (seen on the presentation), and the next press then drew its step.
 */
export const idleTimeoutMs = 100;

/**
 * Prepares `state` (the next step, say) once the browser is idle, or after idleTimeoutMs, so that
 * going there finds its drawing made and the press only updates the page. Returns a function that
 * calls it off.
 */
export function prepareWhenIdle(model: PathwayModel, state: DiagramState): () => void {
  let wanted = true;
  const prepare = () => wanted && prepareDiagram(model, state);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(prepare, { timeout: idleTimeoutMs });
  else setTimeout(prepare, idleTimeoutMs);
  return () => (wanted = false);
}
