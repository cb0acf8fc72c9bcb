/**
 * A linear map from a data domain to a range, for the browser. The domains and ticks themselves
 * are chosen at build time with d3-scale (see axis.ts), which keeps d3 out of the page's JavaScript.
 */
export function projectLinear(domain: readonly [number, number], range: readonly [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  return (value) => r0 + ((value - d0) / span) * (r1 - r0);
}
