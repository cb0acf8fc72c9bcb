/**
 * μ-opioid receptor occupancy from a simple binding model, occupancy = C / (C + EC50). No human
 * EC50 is in our references, so EC50 is calibrated to one statement: 50 mg keeps more than 90% of
 * μ-receptors occupied for about 49 h (Trøstheim et al. 2022, known to us only through a summary).
 */

/** Fraction of receptors occupied at concentration `c` (same units as `ec50`). */
export function computeOccupancy(c: number, ec50: number): number {
  return c <= 0 ? 0 : c / (c + ec50);
}

/** The EC50 that makes occupancy equal `occupancy` at concentration `c`: EC50 = C·(1 − occ) / occ. */
export function calibrateEc50(c: number, occupancy: number): number {
  return (c * (1 - occupancy)) / occupancy;
}

/**
 * The last time (h) at which `curve(t)` is at or above `threshold`, searching up to `maxHours`;
 * 0 if it never gets there. Sampled, then refined by bisection at the crossing.
 */
export function findLastTimeAtOrAbove(curve: (hours: number) => number, threshold: number, maxHours = 240, step = 0.1): number {
  let last = -1;
  for (let t = 0; t <= maxHours; t += step) if (curve(t) >= threshold) last = t;
  if (last < 0) return 0;
  let [low, high] = [last, Math.min(last + step, maxHours)];
  for (let i = 0; i < 40; i += 1) {
    const mid = (low + high) / 2;
    if (curve(mid) >= threshold) low = mid;
    else high = mid;
  }
  return low;
}
