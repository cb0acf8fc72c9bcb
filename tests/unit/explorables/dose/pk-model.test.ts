import { describe, expect, it } from 'vitest';
import {
  computeConcentration,
  computeEliminationRate,
  computePeakConcentration,
  computePeakTime,
  type OralDoseModel,
} from '../../../../src/explorables/dose/pk-model';

const model = (halfLife: number, ka = 1.5): OralDoseModel => ({
  bioavailability: 0.05,
  volume: 2,
  absorptionRate: ka,
  eliminationRate: computeEliminationRate(halfLife),
});

/** C(t) written out independently of the implementation. */
const closedForm = (f: number, d: number, v: number, ka: number, ke: number, t: number) =>
  ((f * d * ka) / (v * (ka - ke))) * (Math.exp(-ke * t) - Math.exp(-ka * t));

describe('one-compartment oral model', () => {
  it.each([
    [4, 4.5, 1],
    [4, 50, 6],
    [8.9, 4.5, 24],
    [12, 50, 72],
    [12, 1, 0.25],
  ])('t½ %s h, %s mg, t = %s h matches the closed form', (halfLife, dose, t) => {
    const ke = Math.LN2 / halfLife;
    expect(computeConcentration(model(halfLife), dose, t)).toBeCloseTo(closedForm(0.05, dose, 2, 1.5, ke, t), 12);
  });

  it.each([
    // half-life, elimination-phase start (h)
    [4, 16],
    [4, 30],
    [8.9, 24],
    [12, 24], // 6β-naltrexol
    [13, 36],
  ])('halves over one half-life (%s h) in the elimination phase from t = %s h', (halfLife, t) => {
    const m = model(halfLife);
    const ratio = computeConcentration(m, 4.5, t + halfLife) / computeConcentration(m, 4.5, t);
    expect(ratio).toBeCloseTo(0.5, 3);
  });

  it.each([
    [1, 2],
    [4.5, 50 / 4.5],
    [25, 2],
  ])('is linear in dose: %s mg × %s', (dose, factor) => {
    for (const t of [0.5, 2, 12, 48]) {
      expect(computeConcentration(model(4), dose * factor, t)).toBeCloseTo(computeConcentration(model(4), dose, t) * factor, 12);
    }
  });

  it('is 0 at and before the dose, and peaks at tmax = ln(ka/ke)/(ka − ke)', () => {
    const m = model(4);
    expect(computeConcentration(m, 50, 0)).toBe(0);
    expect(computeConcentration(m, 50, -1)).toBe(0);
    const tmax = computePeakTime(m);
    const ke = Math.LN2 / 4;
    expect(tmax).toBeCloseTo(Math.log(1.5 / ke) / (1.5 - ke), 12);
    const peak = computePeakConcentration(m, 50);
    expect(computeConcentration(m, 50, tmax - 0.05)).toBeLessThan(peak);
    expect(computeConcentration(m, 50, tmax + 0.05)).toBeLessThan(peak);
  });

  it('uses the limit when ka equals ke', () => {
    const ke = computeEliminationRate(4);
    const m = { ...model(4), absorptionRate: ke };
    const nearby = { ...model(4), absorptionRate: ke * (1 + 1e-6) };
    expect(computeConcentration(m, 10, 3)).toBeCloseTo(computeConcentration(nearby, 10, 3), 6);
    expect(computePeakTime(m)).toBeCloseTo(1 / ke, 10);
  });
});
