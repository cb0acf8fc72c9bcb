import { describe, expect, it } from 'vitest';
import { buildPanelAxes } from '../../../../src/explorables/forest/axes';
import { describeForest, describeForestPanel, formatRowResult } from '../../../../src/explorables/forest/describe';
import { groupRowsIntoPanels } from '../../../../src/explorables/forest/panels';
import { readForestRows } from '../../../../src/explorables/forest/read';

const rows = readForestRows();
const byId = (id: string) => rows.find((row) => row.id === id)!;

describe('formatRowResult', () => {
  it.each([
    ['bruun2024-pain', '−0.34 (95% CI −0.95 to 0.27); p = 0.27; d = 0.23 (as printed)'],
    ['vatvani2024-pain', '−0.86 (95% CI −1.20 to −0.51)'],
    ['bested2023-fiqr', '−1.65 (no interval reported); p = 0.3; effect size 0.15'],
    ['younger2013-pain', 'Pain fell 28.8% on LDN vs 18.0% on placebo; p = 0.016'],
    ['martin2022-pain', 'Pain fell 37.8% on LDN vs 4.3% on matched controls; p < 0.001'],
  ])('%s → %s', (id, text) => {
    expect(formatRowResult(byId(id))).toBe(text);
  });
});

describe('describeForest', () => {
  const axes = buildPanelAxes(rows);
  it('says what is shown and how each interval reads', () => {
    const text = describeForest(groupRowsIntoPanels(rows, axes, 'all'), 'all');
    expect(text).toMatch(/^All conditions: 8 results in 4 panels, one per effect measure\./);
    expect(text).toMatch(/Interval includes no effect: Hegde et al\. 2025, all chronic pain; FINAL trial/);
    expect(text).toMatch(/No interval reported: Bested/);
    expect(text).toMatch(/not comparable: Younger et al\. 2013; 2022 cohort study/);
  });
  it('follows the filter', () => {
    expect(describeForest(groupRowsIntoPanels(rows, axes, 'fibromyalgia'), 'fibromyalgia')).toMatch(
      /^Fibromyalgia only: 6 results in 4 panels/,
    );
  });
});

describe('describeForestPanel', () => {
  const axes = buildPanelAxes(rows);
  it('counts the results and reads only its own rows', () => {
    const [smd] = groupRowsIntoPanels(rows, axes, 'all');
    const text = describeForestPanel(smd!);
    expect(text).toMatch(/^2 results on this axis\. Interval excludes no effect: Hegde et al\. 2025, fibromyalgia\./);
    expect(text).toMatch(/Interval includes no effect: Hegde et al\. 2025, all chronic pain\./);
    expect(text).not.toMatch(/FINAL trial|Younger/);
  });
});
