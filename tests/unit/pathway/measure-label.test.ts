import { describe, expect, it } from 'vitest';
import { measureText, wrapLabel } from '../../../src/pathway/measure-label';

describe('measureText', () => {
  it('is wider for wider letters and scales with the font size', () => {
    expect(measureText('WWW', 13)).toBeGreaterThan(measureText('iii', 13));
    expect(measureText('TLR4', 26)).toBeCloseTo(measureText('TLR4', 13) * 2, 0);
    expect(measureText('', 13)).toBe(0);
  });

  it('handles Greek letters and symbols used in labels', () => {
    expect(measureText('IκBα', 13)).toBeGreaterThan(measureText('IBa', 13));
    expect(measureText('IRF3 → IFN-β', 13)).toBeGreaterThan(70);
  });
});

describe('wrapLabel', () => {
  it.each([
    ['NLRP3 inflammasome', 100, ['NLRP3', 'inflammasome']],
    ['TAK1 complex', 100, ['TAK1 complex']],
    ['Supercalifragilistic', 40, ['Supercalifragilistic']],
    ['  spaced   out  ', 200, ['spaced out']],
    ['', 100, []],
  ] as const)('wraps "%s" at %i', (text, width, lines) => {
    expect(wrapLabel(text, width, 13)).toEqual(lines);
  });
});
