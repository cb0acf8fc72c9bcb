import { computeEliminationRate, type OralDoseModel } from './pk-model';
import type { PkParameters } from './parameters';

/** Which naltrexone half-life the reader chose: ~4 h (Meyer 1984) or the 8.9 h terminal value (Wall 1981). */
export const halfLifeChoices = ['meyer1984', 'wall1981'] as const;
export type HalfLifeChoice = (typeof halfLifeChoices)[number];

/** The dose every curve is scaled to: the standard 50 mg tablet. */
export const REFERENCE_DOSE_MG = 50;

export interface SubstanceModels {
  naltrexone: OralDoseModel;
  naltrexol: OralDoseModel;
}

/** The chosen naltrexone half-life in hours. */
export function selectNaltrexoneHalfLife(parameters: PkParameters, choice: HalfLifeChoice): number {
  return choice === 'wall1981' ? parameters.naltrexoneTerminalHalfLife : parameters.naltrexoneHalfLife;
}

/**
 * Models for naltrexone and 6β-naltrexol. Most of an oral dose is converted to 6β-naltrexol on
 * its first pass through the liver, so the metabolite is modelled as entering the blood from the
 * gut at the same (illustrative) rate, with its own half-life.
 */
export function buildSubstanceModels(parameters: PkParameters, choice: HalfLifeChoice): SubstanceModels {
  const shared = { volume: parameters.volume, absorptionRate: parameters.absorptionRate };
  return {
    naltrexone: {
      ...shared,
      bioavailability: parameters.bioavailability,
      eliminationRate: computeEliminationRate(selectNaltrexoneHalfLife(parameters, choice)),
    },
    naltrexol: {
      ...shared,
      bioavailability: parameters.naltrexolFraction,
      eliminationRate: computeEliminationRate(parameters.naltrexolHalfLife),
    },
  };
}
