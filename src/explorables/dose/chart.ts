import { projectLinear } from '../shared/linear';
import { buildPolylinePath } from '../shared/path';
import { LDN_DOSE_MG, STANDARD_DOSE_MG } from './describe';
import type { DoseState } from './state';
import { computeModelOccupancy, computeRelativeConcentration, sampleCurve, type DoseModel } from './timeline';

/** Curves are drawn in a 1000 × 1000 box that the component stretches to the plot area. */
export const PLOT_SIZE = 1000;

/** Line styles; each pairs a colour with a dash pattern (see explorable.css). */
export type LineStyle = 'a' | 'b' | 'low' | 'high';

export interface ChartLine {
  id: string;
  /** Legend text. */
  label: string;
  style: LineStyle;
  /** SVG path in PLOT_SIZE units. */
  path: string;
}

/** Hour ticks: every 6 h on the 24 h timeline, every 12 h on the 72 h one. */
export function buildTimeTicks(hours: number): number[] {
  const step = hours <= 24 ? 6 : 12;
  return Array.from({ length: Math.floor(hours / step) + 1 }, (_, i) => i * step);
}

/** A curve of values 0–1 over 0–`hours`, as a path in the plot box (value 1 at the top). */
export function buildCurvePath(curve: (hours: number) => number, hours: number, samples = 240): string {
  const x = projectLinear([0, hours], [0, PLOT_SIZE]);
  const y = projectLinear([0, 1], [PLOT_SIZE, 0]);
  return buildPolylinePath(sampleCurve(curve, hours, hours / samples).map(([t, v]) => [x(t), y(v)] as const));
}

/** The landmark doses drawn as thin reference lines when comparing (the selected dose is not drawn twice). */
export function listComparisonDoses(state: DoseState): Array<{ doseMg: number; style: LineStyle }> {
  if (!state.compare) return [];
  return [
    { doseMg: LDN_DOSE_MG, style: 'low' as const },
    { doseMg: STANDARD_DOSE_MG, style: 'high' as const },
  ].filter((landmark) => landmark.doseMg !== state.doseMg);
}

/** The lines of both charts for a state: relative plasma levels, and modelled receptor occupancy. */
export function buildDoseLines(model: DoseModel, state: DoseState): { concentration: ChartLine[]; occupancy: ChartLine[] } {
  const { doseMg, hours } = state;
  const comparisons = listComparisonDoses(state);
  const naltrexone = (dose: number) => (t: number) => computeRelativeConcentration(model, 'naltrexone', dose, t);
  const occupancy = (dose: number) => (t: number) => computeModelOccupancy(model, dose, t);
  return {
    concentration: [
      { id: 'naltrexone', label: `Naltrexone, ${doseMg} mg`, style: 'a', path: buildCurvePath(naltrexone(doseMg), hours) },
      {
        id: 'naltrexol',
        label: `6β-naltrexol, ${doseMg} mg`,
        style: 'b',
        path: buildCurvePath((t) => computeRelativeConcentration(model, 'naltrexol', doseMg, t), hours),
      },
      ...comparisons.map(({ doseMg: dose, style }) => ({
        id: `naltrexone-${dose}`,
        label: `Naltrexone, ${dose} mg`,
        style,
        path: buildCurvePath(naltrexone(dose), hours),
      })),
    ],
    occupancy: [
      { id: 'occupancy', label: `${doseMg} mg`, style: 'a', path: buildCurvePath(occupancy(doseMg), hours) },
      ...comparisons.map(({ doseMg: dose, style }) => ({
        id: `occupancy-${dose}`,
        label: `${dose} mg`,
        style,
        path: buildCurvePath(occupancy(dose), hours),
      })),
    ],
  };
}
