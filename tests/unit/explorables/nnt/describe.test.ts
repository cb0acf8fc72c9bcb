import { describe, expect, it } from 'vitest';
import { describeNntSource } from '../../../../src/explorables/nnt/describe';
import { noDifferenceSource, ratesSource, reportedNntSource } from './fixtures';

describe('describeNntSource', () => {
  it.each([
    [ratesSource, /ARR = 0\.32 − 0\.11 = 0\.21 .*NNT = 1 ÷ ARR = 1 ÷ 0\.21 ≈ 4\.8, rounded up to 5\./, /NNT ≈ 5/],
    [
      reportedNntSource,
      /ARR = 1 ÷ NNT = 1 ÷ 3\.2 ≈ 0\.31: about 31 additional people in 100/,
      /Modelled NNT 3\.2 \(observational/,
    ],
    [noDifferenceSource, /No NNT can be derived/, /No NNT/],
  ])('shows the arithmetic and the verdict', (source, arithmetic, verdict) => {
    const text = describeNntSource(source);
    expect(text.arithmetic).toMatch(arithmetic);
    expect(text.verdict).toMatch(verdict);
  });

  it('gives the reported numbers exactly, with a true minus sign', () => {
    expect(describeNntSource(noDifferenceSource).finding).toContain(
      '−0.34 points on the pain scale (95% CI −0.95 to 0.27; p = 0.27)',
    );
    expect(describeNntSource(ratesSource).finding).toContain('32% on LDN and 11% on placebo');
  });

  it('says the comparison rate of a reported NNT is not invented', () => {
    expect(describeNntSource(reportedNntSource).finding).toMatch(
      /not reported, so the placebo rate is left blank rather than invented/,
    );
  });
});
