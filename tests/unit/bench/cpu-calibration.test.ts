import { describe, expect, it } from 'vitest';
import { calibratedCpuMultiplier } from '../../../scripts/bench/cpu-calibration.mjs';

describe('calibratedCpuMultiplier', () => {
  it("gives Lighthouse's default 4× to the host that default assumes", () => {
    expect(calibratedCpuMultiplier(1533)).toBe(4);
  });

  it("follows the calculator's points: 150 → 1×, 800 → 2×, 1300 → 3×, 2000 → 6×", () => {
    expect([150, 800, 1300, 2000].map(calibratedCpuMultiplier)).toEqual([1, 2, 3, 6]);
  });

  it('slows a slower host less, and a faster one more, linearly between the points', () => {
    expect(calibratedCpuMultiplier(1054)).toBe(2.51);
    expect(calibratedCpuMultiplier(1416.5)).toBe(3.5);
    expect(calibratedCpuMultiplier(1766)).toBe(5);
  });

  it('never speeds a host up, and refuses what is not an index', () => {
    expect(calibratedCpuMultiplier(100)).toBe(1);
    expect(() => calibratedCpuMultiplier(Number.NaN)).toThrow(/benchmarkIndex/);
    expect(() => calibratedCpuMultiplier(0)).toThrow(/benchmarkIndex/);
  });
});
