import { calibrateEc50, computeOccupancy } from './occupancy';
import { computeConcentration, computePeakConcentration, computePeakTime } from './pk-model';
import type { PkParameters } from './parameters';
import { buildSubstanceModels, REFERENCE_DOSE_MG, type HalfLifeChoice, type SubstanceModels } from './substances';

export type Substance = keyof SubstanceModels;

/** Everything the curves need for one half-life choice: the models, the 50 mg peaks and the calibrated EC50. */
export interface DoseModel {
  models: SubstanceModels;
  /** Each substance's peak concentration after 50 mg (model units): the 100% of the plot. */
  referencePeaks: Record<Substance, number>;
  /** EC50 in relative units (fraction of the 50 mg naltrexone peak), calibrated to the 49 h statement. */
  ec50: number;
}

/** Builds the model for one half-life choice and calibrates EC50 so 50 mg gives 90% occupancy at 49 h. */
export function prepareDoseModel(parameters: PkParameters, choice: HalfLifeChoice): DoseModel {
  const models = buildSubstanceModels(parameters, choice);
  const referencePeaks = {
    naltrexone: computePeakConcentration(models.naltrexone, REFERENCE_DOSE_MG),
    naltrexol: computePeakConcentration(models.naltrexol, REFERENCE_DOSE_MG),
  };
  const atAnchor =
    computeConcentration(models.naltrexone, parameters.anchorDose, parameters.anchorHours) / referencePeaks.naltrexone;
  return { models, referencePeaks, ec50: calibrateEc50(atAnchor, parameters.anchorOccupancy) };
}

/** Concentration as a fraction of that substance's own peak after 50 mg (so V and F cancel out). */
export function computeRelativeConcentration(model: DoseModel, substance: Substance, doseMg: number, hours: number): number {
  return computeConcentration(model.models[substance], doseMg, hours) / model.referencePeaks[substance];
}

/** Modelled μ-receptor occupancy (0–1) from the naltrexone concentration alone. */
export function computeModelOccupancy(model: DoseModel, doseMg: number, hours: number): number {
  return computeOccupancy(computeRelativeConcentration(model, 'naltrexone', doseMg, hours), model.ec50);
}

/** Peak time in hours for a substance (the same for every dose). */
export function computeSubstancePeakTime(model: DoseModel, substance: Substance): number {
  return computePeakTime(model.models[substance]);
}

/** Points [hours, value] from 0 to `hours` every `step` hours. */
export function sampleCurve(curve: (hours: number) => number, hours: number, step: number): Array<[number, number]> {
  const count = Math.round(hours / step);
  return Array.from({ length: count + 1 }, (_, i) => {
    const t = i * step;
    return [t, curve(t)];
  });
}
