import type { Axis } from '../shared/axis';
import { forestMeasureIds, forestMeasures, type ForestMeasure, type ForestMeasureId } from './measures';
import type { ForestRow } from './schema';

/** Which rows the reader wants: every condition, or fibromyalgia only. */
export const forestFilters = ['all', 'fibromyalgia'] as const;
export type ForestFilter = (typeof forestFilters)[number];

/** One panel: a single measure, its own axis, its rows. */
export interface ForestPanel {
  measure: ForestMeasure;
  axis: Axis;
  rows: ForestRow[];
}

/** Rows that pass the filter, in file order. */
export function filterRows(rows: readonly ForestRow[], filter: ForestFilter): ForestRow[] {
  return filter === 'all' ? [...rows] : rows.filter((row) => row.condition === filter);
}

/** Rows grouped into one panel per measure (in a fixed order), leaving out panels with no row to show. */
export function groupRowsIntoPanels(
  rows: readonly ForestRow[],
  axes: Partial<Record<ForestMeasureId, Axis>>,
  filter: ForestFilter,
): ForestPanel[] {
  const shown = filterRows(rows, filter);
  return forestMeasureIds.flatMap((id) => {
    const axis = axes[id];
    const panelRows = shown.filter((row) => row.measure === id);
    return axis && panelRows.length > 0 ? [{ measure: forestMeasures[id], axis, rows: panelRows }] : [];
  });
}

/**
 * The words under a panel's heading: its measure's note and, where the panel shows several
 * within-group changes, that they are not to be compared (the filter can leave one row).
 */
export function panelNote({ measure, rows }: ForestPanel): string {
  if (measure.isEffect || rows.length < 2) return measure.note;
  return `${measure.note} Each row is a different study’s own change from the start, so the rows are not comparable.`;
}
