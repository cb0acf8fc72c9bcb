import { findLastTimeAtOrAbove } from './occupancy';
import { REFERENCE_DOSE_MG } from './substances';
import { computeModelOccupancy, computeSubstancePeakTime, type DoseModel } from './timeline';

/** The numbers the description reports for one dose. */
export interface DoseSummary {
  doseMg: number;
  /** Hours from the dose to each substance's peak. */
  naltrexonePeakHours: number;
  naltrexolPeakHours: number;
  /** Peak as a fraction of the 50 mg peak: dose ÷ 50, because the model is linear in dose. */
  peakFraction: number;
  /** Modelled occupancy at 24 h (0–1). */
  occupancyAt24h: number;
  /** Last hour at which modelled occupancy is at or above `threshold`; 0 if it never is. */
  occupancyAboveUntil: number;
  threshold: number;
}

/** The description's numbers for `doseMg`, with `threshold` the occupancy level to report (0.9 in the cited statement). */
export function summarizeDose(model: DoseModel, doseMg: number, threshold: number): DoseSummary {
  const occupancy = (hours: number) => computeModelOccupancy(model, doseMg, hours);
  return {
    doseMg,
    naltrexonePeakHours: computeSubstancePeakTime(model, 'naltrexone'),
    naltrexolPeakHours: computeSubstancePeakTime(model, 'naltrexol'),
    peakFraction: doseMg / REFERENCE_DOSE_MG,
    occupancyAt24h: occupancy(24),
    occupancyAboveUntil: findLastTimeAtOrAbove(occupancy, threshold),
    threshold,
  };
}
