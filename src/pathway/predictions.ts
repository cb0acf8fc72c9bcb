/**
 * Which "predict, then reveal" question, if any, to ask before a step of a view: the first
 * prediction whose edge fires in that step and that applies to the view. Pure; the browser
 * receives the validated predictions as JSON.
 */
import type { ViewId } from './ids';
import type { Prediction } from './prediction-schema';
import type { Simulation } from './simulate';
import type { ViewStep } from './steps';

export function predictionForStep(
  predictions: readonly Prediction[],
  view: ViewId,
  steps: readonly ViewStep[],
  simulation: Simulation,
  step: number,
): Prediction | undefined {
  const viewStep = steps[step];
  if (!viewStep || step === 0) return undefined;
  const fired = new Set(viewStep.modelSteps.flatMap((index) => simulation.steps[index]?.edges ?? []));
  return predictions.find((prediction) => fired.has(prediction.beforeEdge) && (prediction.views?.includes(view) ?? true));
}
