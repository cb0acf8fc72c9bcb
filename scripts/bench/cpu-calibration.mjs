// Lighthouse's mobile profile is meant to emulate a mid-tier phone. Its CPU slowdown is relative
// to the host, and the default 4× assumes a host whose benchmarkIndex is about 1500 (a high-end
// desktop); Lighthouse's docs/throttling.md ("Calibrating the CPU slowdown") says to calibrate
// the multiplier on a host outside that range, and links a calculator. This is that calculator's
// mapping (patrickhulce/lighthouse-cpu-throttling-calculator, pages/index.js): 150 → 1×,
// 800 → 2×, 1300 → 3×, 1533 → 4×, 2000 → 6×, linear between, so a faster host is slowed more.

/** The CPU slowdown that brings a host of this benchmarkIndex to the mobile profile's device. */
export function calibratedCpuMultiplier(benchmarkIndex) {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex <= 0) throw new Error(`not a benchmarkIndex: ${benchmarkIndex}`);
  const multiplier =
    benchmarkIndex >= 1300
      ? 3 + (benchmarkIndex - 1300) / 233
      : benchmarkIndex >= 800
        ? 2 + (benchmarkIndex - 800) / 500
        : 1 + (benchmarkIndex - 150) / 650;
  // Lighthouse cannot speed a host up: a host slower than the phone runs unthrottled.
  return Math.max(1, Math.round(multiplier * 100) / 100);
}
