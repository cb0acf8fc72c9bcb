import { describe, expect, it } from 'vitest';
import { calibrateEc50, computeOccupancy, findLastTimeAtOrAbove } from '../../../../src/explorables/dose/occupancy';
import { computeConcentration } from '../../../../src/explorables/dose/pk-model';
import { summarizeDose } from '../../../../src/explorables/dose/summary';
import {
  computeModelOccupancy,
  computeRelativeConcentration,
  prepareDoseModel,
  sampleCurve,
} from '../../../../src/explorables/dose/timeline';
import { parameters } from './fixtures';

describe('relative concentrations', () => {
  it.each(['meyer1984', 'wall1981'] as const)(
    'with the %s half-life, 50 mg peaks at exactly 100%% of itself and 4.5 mg at 9%%',
    (choice) => {
      const model = prepareDoseModel(parameters, choice);
      const summary = summarizeDose(model, 4.5, 0.9);
      for (const substance of ['naltrexone', 'naltrexol'] as const) {
        const tmax = substance === 'naltrexone' ? summary.naltrexonePeakHours : summary.naltrexolPeakHours;
        expect(computeRelativeConcentration(model, substance, 50, tmax)).toBeCloseTo(1, 12);
        expect(computeRelativeConcentration(model, substance, 4.5, tmax)).toBeCloseTo(0.09, 12);
      }
      expect(summary.peakFraction).toBeCloseTo(0.09, 12);
    },
  );

  it('samples the closed form exactly', () => {
    const model = prepareDoseModel(parameters, 'meyer1984');
    const points = sampleCurve((t) => computeRelativeConcentration(model, 'naltrexone', 4.5, t), 24, 0.5);
    expect(points).toHaveLength(49);
    for (const [t, value] of points) {
      expect(value).toBeCloseTo(computeConcentration(model.models.naltrexone, 4.5, t) / model.referencePeaks.naltrexone, 12);
    }
  });

  it.each([
    ['naltrexone', 4, 20],
    ['naltrexol', 12, 30],
  ] as const)('%s halves over its cited half-life (%s h) in the elimination phase', (substance, halfLife, t) => {
    const model = prepareDoseModel(parameters, 'meyer1984');
    const ratio =
      computeRelativeConcentration(model, substance, 4.5, t + halfLife) / computeRelativeConcentration(model, substance, 4.5, t);
    expect(ratio).toBeCloseTo(0.5, 3);
  });
});

describe('occupancy', () => {
  it.each([
    [1, 0.9, 1 / 9],
    [2, 0.5, 2],
  ])('calibrateEc50(%s, %s) = %s, and occupancy at that concentration is the target', (c, occupancy, ec50) => {
    expect(calibrateEc50(c, occupancy)).toBeCloseTo(ec50, 12);
    expect(computeOccupancy(c, calibrateEc50(c, occupancy))).toBeCloseTo(occupancy, 12);
  });

  it.each(['meyer1984', 'wall1981'] as const)(
    'is calibrated (%s) so that 50 mg gives 90%% at 49 h and stays ≥90%% until then',
    (choice) => {
      const model = prepareDoseModel(parameters, choice);
      expect(computeModelOccupancy(model, 50, 49)).toBeCloseTo(0.9, 10);
      expect(summarizeDose(model, 50, 0.9).occupancyAboveUntil).toBeCloseTo(49, 3);
    },
  );

  it('falls with dose: 4.5 mg stays above 90% for a shorter time than 50 mg', () => {
    const model = prepareDoseModel(parameters, 'meyer1984');
    const low = summarizeDose(model, 4.5, 0.9);
    // Linear kinetics: the 4.5 mg curve reaches the 50 mg level at 49 h log2(50/4.5) half-lives earlier.
    expect(low.occupancyAboveUntil).toBeCloseTo(49 - 4 * Math.log2(50 / 4.5), 1);
  });

  it('findLastTimeAtOrAbove returns 0 when the threshold is never reached', () => {
    expect(findLastTimeAtOrAbove(() => 0.5, 0.9)).toBe(0);
    expect(findLastTimeAtOrAbove((t) => 1 - t / 10, 0.5, 20)).toBeCloseTo(5, 6);
  });
});
