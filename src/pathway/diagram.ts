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

export function prepareDiagram(model: PathwayModel, requested: DiagramState): PreparedDiagram {
  const simulation = simulateScenario(model, requested);
  const { state, notice } = clampStep(requested, projectSteps(model, requested.view, simulation).length);
  const layout = layoutView(model, state, simulation);
  return { state, notices: notice ? [notice] : [], simulation, layout, description: describeState(model, state, layout) };
}
