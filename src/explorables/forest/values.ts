import type { ForestRow } from './schema';

/** Every number a row puts on its axis: estimate and interval limits, or the two group values. */
export function collectRowValues(row: ForestRow): number[] {
  if (row.groups) return [row.groups.ldn.value, row.groups.comparison.value];
  const values = row.estimate ? [row.estimate.value] : [];
  if (row.interval && row.interval !== 'not-reported') values.push(row.interval.low.value, row.interval.high.value);
  return values;
}

/** How a row's interval relates to the line of no effect. */
export type IntervalReading = 'includes-zero' | 'excludes-zero' | 'not-reported' | 'within-group';

/** Whether the 95% interval crosses 0 (compatible with no effect), excludes it, or is missing. */
export function readInterval(row: ForestRow): IntervalReading {
  if (row.groups) return 'within-group';
  if (!row.interval || row.interval === 'not-reported') return 'not-reported';
  return row.interval.low.value <= 0 && row.interval.high.value >= 0 ? 'includes-zero' : 'excludes-zero';
}
