import { buildAxisIncludingZero, type Axis } from '../shared/axis';
import { forestMeasureIds, type ForestMeasureId } from './measures';
import type { ForestRow } from './schema';
import { collectRowValues } from './values';

/**
 * One axis per measure, from ALL rows of that measure (so filtering never rescales a panel),
 * always containing 0. Runs at build time: it uses d3-scale.
 */
export function buildPanelAxes(rows: readonly ForestRow[]): Partial<Record<ForestMeasureId, Axis>> {
  const axes: Partial<Record<ForestMeasureId, Axis>> = {};
  for (const measure of forestMeasureIds) {
    const values = rows.filter((row) => row.measure === measure).flatMap(collectRowValues);
    if (values.length > 0) axes[measure] = buildAxisIncludingZero(values);
  }
  return axes;
}
