/**
 * One-compartment model of an oral dose with first-order absorption and elimination:
 *   C(t) = F·D·ka / (V·(ka − ke)) · (e^(−ke·t) − e^(−ka·t)),  ke = ln 2 / t½.
 * Pure functions of time in hours; no DOM.
 */

/** The four constants of the model for one substance. */
export interface OralDoseModel {
  /** F: fraction of the dose that reaches the blood as this substance. */
  bioavailability: number;
  /** V: volume of distribution (any unit; it only scales the curve). */
  volume: number;
  /** ka: first-order absorption (or formation) rate, per hour. */
  absorptionRate: number;
  /** ke: first-order elimination rate, per hour. */
  eliminationRate: number;
}

/** ke = ln 2 / t½. */
export function computeEliminationRate(halfLifeHours: number): number {
  return Math.LN2 / halfLifeHours;
}

/** C(t) for a dose in mg at `hours` after it; 0 before the dose. */
export function computeConcentration(model: OralDoseModel, doseMg: number, hours: number): number {
  if (hours <= 0) return 0;
  const { bioavailability: f, volume: v, absorptionRate: ka, eliminationRate: ke } = model;
  // When ka = ke the closed form is 0/0; its limit is F·D·k·t·e^(−k·t) / V.
  if (Math.abs(ka - ke) < 1e-9) return (f * doseMg * ke * hours * Math.exp(-ke * hours)) / v;
  return ((f * doseMg * ka) / (v * (ka - ke))) * (Math.exp(-ke * hours) - Math.exp(-ka * hours));
}

/** Time of the peak, tmax = ln(ka / ke) / (ka − ke); it does not depend on the dose. */
export function computePeakTime(model: OralDoseModel): number {
  const { absorptionRate: ka, eliminationRate: ke } = model;
  if (Math.abs(ka - ke) < 1e-9) return 1 / ke;
  return Math.log(ka / ke) / (ka - ke);
}

/** Cmax = C(tmax). */
export function computePeakConcentration(model: OralDoseModel, doseMg: number): number {
  return computeConcentration(model, doseMg, computePeakTime(model));
}
