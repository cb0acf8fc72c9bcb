import { describe, expect, it } from 'vitest';
import {
  computeAbsoluteRiskReduction,
  computeArrFromNnt,
  computeNnt,
  countIcons,
  roundNntUp,
} from '../../../../src/explorables/nnt/math';

describe('NNT arithmetic', () => {
  it.each([
    // treated, control, ARR, NNT, NNT rounded up
    [0.32, 0.11, 0.21, 4.7619, 5], // Younger 2013 responders (our worked example)
    [0.5, 0.25, 0.25, 4, 4],
    [0.3, 0.1, 0.2, 5, 5],
  ])('treated %s vs control %s → ARR %s, NNT %s ≈ %s', (treated, control, arr, nnt, rounded) => {
    const computed = computeAbsoluteRiskReduction(treated, control);
    expect(computed).toBeCloseTo(arr, 10);
    expect(computeNnt(computed)).toBeCloseTo(nnt, 3);
    expect(roundNntUp(computeNnt(computed) ?? 0)).toBe(rounded);
  });

  it('has no NNT without a benefit', () => {
    expect(computeNnt(0)).toBeUndefined();
    expect(computeNnt(-0.1)).toBeUndefined();
  });

  it.each([
    [3.2, 0.3125, 31], // the 2022 cohort's modelled NNT → 31 in 100
    [5, 0.2, 20],
    [4, 0.25, 25],
  ])('NNT %s → ARR %s → %s icons in 100', (nnt, arr, icons) => {
    expect(computeArrFromNnt(nnt)).toBeCloseTo(arr, 10);
    expect(countIcons(computeArrFromNnt(nnt))).toBe(icons);
  });

  it.each([
    [0.32, 32],
    [0.11, 11],
    [0.005, 1],
    [0.004, 0],
    [1, 100],
  ])('countIcons(%s) = round(100 × risk) = %s', (risk, count) => {
    expect(countIcons(risk)).toBe(count);
  });
});
