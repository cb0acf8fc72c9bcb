/**
 * NNT arithmetic (Cook & Sackett 1995; Laupacis et al. 1988): NNT = 1 / ARR, where ARR is the
 * absolute difference in the proportion who benefit.
 */

/** Absolute difference in the proportion who benefit: treated − comparison (proportions 0–1). */
export function computeAbsoluteRiskReduction(treatedRisk: number, controlRisk: number): number {
  return treatedRisk - controlRisk;
}

/** NNT = 1 / ARR; undefined when there is no benefit to count. */
export function computeNnt(absoluteRiskReduction: number): number | undefined {
  return absoluteRiskReduction > 0 ? 1 / absoluteRiskReduction : undefined;
}

/** ARR = 1 / NNT, for a source that reports only the NNT. */
export function computeArrFromNnt(nnt: number): number {
  return 1 / nnt;
}

/** NNTs are conventionally rounded up: 4.76 → 5 people treated for one to benefit. */
export function roundNntUp(nnt: number): number {
  return Math.ceil(nnt - 1e-9);
}

/** Icons for a risk in an array of `total` people: round(total × risk). */
export function countIcons(risk: number, total = 100): number {
  return Math.round(total * risk);
}
