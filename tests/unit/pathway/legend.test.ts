import { describe, expect, it } from 'vitest';
import { activityInfo } from '../../../src/pathway/activity';
import { layoutLegend } from '../../../src/pathway/legend';
import { measureText } from '../../../src/pathway/measure-label';

describe('layoutLegend', () => {
  const legend = layoutLegend(1000);
  it('shows glyphs, every visible state with its word and mark, and the arrow types', () => {
    expect(legend.headings.map((heading) => heading.text)).toEqual(['Molecules', 'States', 'Arrows']);
    const states = legend.items.filter((item) => item.type === 'state');
    expect(states.map((item) => item.activity)).toEqual([
      'present',
      'active',
      'primed',
      'reduced',
      'blocked',
      'degraded',
      'inactive',
    ]);
    for (const item of states) expect(item.mark).toBe(activityInfo[item.activity].mark);
    expect(legend.items.filter((item) => item.type === 'edge').map((item) => item.label.text)).toEqual([
      'activates',
      'inhibits',
      'contested (grade C)',
      'not yet reached',
      'not acting here',
    ]);
  });

  it('fits inside the width', () => {
    for (const item of legend.items) expect(item.label.x + measureText(item.label.text, 12)).toBeLessThanOrEqual(legend.width);
  });
});
