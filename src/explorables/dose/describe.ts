import { formatNumber, formatPercent } from '../shared/format';
import type { DoseSummary } from './summary';

/** Landmark doses: the usual LDN dose and the standard tablet. */
export const LDN_DOSE_MG = 4.5;
export const STANDARD_DOSE_MG = 50;

/** The slider's aria-valuetext: the value with its unit in words, and what a landmark dose is. */
export function formatDoseValueText(doseMg: number): string {
  const landmark = doseMg === LDN_DOSE_MG ? ' (usual low dose)' : doseMg === STANDARD_DOSE_MG ? ' (standard tablet)' : '';
  return `${formatNumber(doseMg, 1)} milligrams${landmark}`;
}

/** "at or above 90% until about 35 h", or that it never gets there. */
function describeOccupancyDuration(summary: DoseSummary): string {
  const level = formatPercent(summary.threshold);
  return summary.occupancyAboveUntil > 0
    ? `at or above ${level} until about ${Math.round(summary.occupancyAboveUntil)} h`
    : `never reaching ${level}`;
}

/** The live description of one dose: relative peaks, peak times (illustrative), half-lives and modelled occupancy. */
export function describeDose(summary: DoseSummary, halfLives: { naltrexone: number; naltrexol: number }): string {
  const dose = `${formatNumber(summary.doseMg, 1)} mg`;
  const peak = formatPercent(summary.peakFraction);
  return (
    `${dose}: naltrexone peaks at ${peak} of its 50 mg peak, about ${formatNumber(summary.naltrexonePeakHours, 1)} h after the dose ` +
    `(illustrative timing), then halves every ${formatNumber(halfLives.naltrexone, 1)} h. ` +
    `6β-naltrexol also peaks at ${peak} of its own 50 mg peak, at about ${formatNumber(summary.naltrexolPeakHours, 1)} h, ` +
    `then halves every ${formatNumber(halfLives.naltrexol, 1)} h. ` +
    `Modelled μ-receptor occupancy (illustrative): ${formatPercent(summary.occupancyAt24h)} at 24 h, ${describeOccupancyDuration(summary)}.`
  );
}

/** One sentence comparing 4.5 mg with 50 mg. */
export function describeComparison(low: DoseSummary, high: DoseSummary): string {
  return (
    `Compared: ${formatNumber(low.doseMg, 1)} mg peaks at ${formatPercent(low.peakFraction)} of the height of ${formatNumber(high.doseMg, 1)} mg ` +
    `(${formatNumber(low.doseMg, 1)} ÷ ${formatNumber(high.doseMg, 1)}); modelled occupancy at 24 h is ${formatPercent(low.occupancyAt24h)} ` +
    `versus ${formatPercent(high.occupancyAt24h)}, and stays at or above ${formatPercent(low.threshold)} until about ` +
    `${Math.round(low.occupancyAboveUntil)} h versus ${Math.round(high.occupancyAboveUntil)} h.`
  );
}
