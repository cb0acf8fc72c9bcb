import { describe, expect, it } from 'vitest';
import { buildCurvePath, buildDoseLines, buildTimeTicks, listComparisonDoses } from '../../../../src/explorables/dose/chart';
import { defaultDoseState } from '../../../../src/explorables/dose/state';
import { prepareDoseModel } from '../../../../src/explorables/dose/timeline';
import { parameters } from './fixtures';

/** The [x, y] points of a path "M…L…". */
const pointsOf = (path: string) =>
  path
    .split(/[ML]/)
    .filter(Boolean)
    .map((pair) => pair.split(',').map(Number));

describe('dose charts', () => {
  it.each([
    [24, [0, 6, 12, 18, 24]],
    [72, [0, 12, 24, 36, 48, 60, 72]],
  ])('ticks for %s h', (hours, ticks) => {
    expect(buildTimeTicks(hours)).toEqual(ticks);
  });

  it('draws a curve from the bottom left across the full width, value 1 at the top', () => {
    const points = pointsOf(buildCurvePath((t) => t / 24, 24, 4));
    expect(points).toEqual([
      [0, 1000],
      [250, 750],
      [500, 500],
      [750, 250],
      [1000, 0],
    ]);
  });

  it.each([
    [{ ...defaultDoseState, compare: false }, []],
    [{ ...defaultDoseState, compare: true }, [50]],
    [{ ...defaultDoseState, doseMg: 50, compare: true }, [4.5]],
    [{ ...defaultDoseState, doseMg: 12, compare: true }, [4.5, 50]],
  ])('compares with the landmark doses not already selected', (state, doses) => {
    expect(listComparisonDoses(state).map((landmark) => landmark.doseMg)).toEqual(doses);
  });

  it('draws the 50 mg naltrexone peak at the top of the plot and 4.5 mg at 9% of its height', () => {
    const model = prepareDoseModel(parameters, 'meyer1984');
    const lines = buildDoseLines(model, { ...defaultDoseState, compare: true });
    const top = (id: string) =>
      Math.min(...pointsOf(lines.concentration.find((line) => line.id === id)?.path ?? '').map(([, y]) => y ?? 0));
    expect(top('naltrexone-50')).toBeCloseTo(0, -1);
    expect(1000 - top('naltrexone')).toBeCloseTo(90, -1);
    expect(lines.occupancy.map((line) => line.id)).toEqual(['occupancy', 'occupancy-50']);
  });
});
