import { scaleLinear } from 'd3-scale';

/** A numeric axis: a nice domain and its tick values. Computed at build time and passed to components as props. */
export interface Axis {
  domain: [number, number];
  ticks: number[];
}

/**
 * An axis that contains every value and zero, widened to round numbers by d3-scale's nice().
 * Zero is always inside so the line of no effect (or "no change") can be drawn.
 */
export function buildAxisIncludingZero(values: readonly number[], tickCount = 5): Axis {
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const scale = scaleLinear()
    .domain(low === high ? [low - 1, high + 1] : [low, high])
    .nice(tickCount);
  const [d0, d1] = scale.domain() as [number, number];
  return { domain: [d0, d1], ticks: scale.ticks(tickCount) };
}
