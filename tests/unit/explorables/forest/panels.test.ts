import { describe, expect, it } from 'vitest';
import { buildPanelAxes } from '../../../../src/explorables/forest/axes';
import { forestMeasureIds } from '../../../../src/explorables/forest/measures';
import { filterRows, groupRowsIntoPanels, panelNote } from '../../../../src/explorables/forest/panels';
import { readForestRows } from '../../../../src/explorables/forest/read';
import { collectRowValues, readInterval } from '../../../../src/explorables/forest/values';

const rows = readForestRows();
const axes = buildPanelAxes(rows);

describe('forest panels', () => {
  it.each(forestMeasureIds)('the %s axis contains every interval, estimate and group value of its rows, and zero', (measure) => {
    const axis = axes[measure];
    expect(axis).toBeDefined();
    const [low, high] = axis?.domain ?? [0, 0];
    for (const value of [0, ...rows.filter((row) => row.measure === measure).flatMap(collectRowValues)]) {
      expect(low).toBeLessThanOrEqual(value);
      expect(high).toBeGreaterThanOrEqual(value);
    }
  });

  it('warns against comparing within-group rows only where a panel shows more than one', () => {
    const notes = (filter: 'all' | 'fibromyalgia') =>
      groupRowsIntoPanels(rows, axes, filter).map((panel) => [panel.measure.id, panel.rows.length, panelNote(panel)] as const);
    const comparing = /rows are not comparable/;
    const all = notes('all').find(([id]) => id === 'percent-change');
    const fibromyalgia = notes('fibromyalgia').find(([id]) => id === 'percent-change');
    expect(all?.[1]).toBeGreaterThan(1);
    expect(all?.[2]).toMatch(comparing);
    expect(fibromyalgia?.[1]).toBe(1);
    expect(fibromyalgia?.[2]).not.toMatch(comparing);
    for (const [, , note] of notes('all').filter(([id]) => id !== 'percent-change')) expect(note).not.toMatch(comparing);
  });

  it('never puts two measures in one panel', () => {
    for (const panel of groupRowsIntoPanels(rows, axes, 'all')) {
      expect(new Set(panel.rows.map((row) => row.measure))).toEqual(new Set([panel.measure.id]));
    }
  });

  it.each([
    ['all', rows.length],
    ['fibromyalgia', rows.filter((row) => row.condition === 'fibromyalgia').length],
  ] as const)('the %s filter shows %s rows, and filtering never rescales an axis', (filter, count) => {
    const panels = groupRowsIntoPanels(rows, axes, filter);
    expect(panels.flatMap((panel) => panel.rows)).toHaveLength(count);
    for (const panel of panels) expect(panel.axis).toBe(axes[panel.measure.id]);
    expect(filterRows(rows, filter)).toHaveLength(count);
  });

  it('hides the mixed-chronic-pain rows under the fibromyalgia filter', () => {
    const ids = groupRowsIntoPanels(rows, axes, 'fibromyalgia').flatMap((panel) => panel.rows.map((row) => row.id));
    expect(ids).not.toContain('hegde2025-overall');
    expect(ids).not.toContain('martin2022-pain');
  });

  it.each([
    ['bruun2024-pain', 'includes-zero'],
    ['hegde2025-overall', 'includes-zero'],
    ['vatvani2024-pain', 'excludes-zero'],
    ['hegde2025-fibromyalgia', 'excludes-zero'],
    ['bested2023-fiqr', 'not-reported'],
    ['younger2013-pain', 'within-group'],
  ])('reads the interval of %s as %s', (id, reading) => {
    const row = rows.find((candidate) => candidate.id === id);
    expect(row && readInterval(row)).toBe(reading);
  });
});
