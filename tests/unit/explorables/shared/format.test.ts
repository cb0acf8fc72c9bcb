import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, formatPValue, withTrueMinus } from '../../../../src/explorables/shared/format';

describe('formatNumber', () => {
  it.each([
    [0.21000000000000002, 2, '0.21'],
    [4.761904, 1, '4.8'],
    [-0.34, 2, '−0.34'],
    [-0.0001, 2, '0'],
    [3, 2, '3'],
  ])('%s with %s digits → %s', (value, digits, text) => {
    expect(formatNumber(value, digits)).toBe(text);
  });
});

describe('withTrueMinus, formatPValue, formatPercent', () => {
  it.each([
    ['-1.20', '−1.20'],
    ['0.27', '0.27'],
  ])('withTrueMinus(%s) → %s', (input, output) => expect(withTrueMinus(input)).toBe(output));

  it.each([
    ['0.27', 'p = 0.27'],
    ['<0.001', 'p < 0.001'],
  ])('formatPValue(%s) → %s', (input, output) => expect(formatPValue(input)).toBe(output));

  it.each([
    [0.09, '9%'],
    [0.9999, 'over 99%'],
    [1, '100%'],
    [0.001, 'under 1%'],
    [0, '0%'],
  ])('formatPercent(%s) → %s', (input, output) => expect(formatPercent(input)).toBe(output));
});
