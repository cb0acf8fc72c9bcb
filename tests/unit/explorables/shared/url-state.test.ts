import { describe, expect, it } from 'vitest';
import { describeRejectedParam, mergeSearchParams } from '../../../../src/explorables/shared/url-state';

describe('mergeSearchParams', () => {
  it.each([
    ['/learn/x/', { nnt: 'younger2013' }, '/learn/x/?nnt=younger2013'],
    ['/learn/x/?forest=all#figure', { nnt: 'bruun2024' }, '/learn/x/?forest=all&nnt=bruun2024#figure'],
    ['/learn/x/?nnt=martin2022&dose=4.5', { nnt: 'younger2013' }, '/learn/x/?nnt=younger2013&dose=4.5'],
    ['/learn/x/?compare=1&dose=4.5#top', { compare: null }, '/learn/x/?dose=4.5#top'],
    ['http://127.0.0.1:4400/explainer/learn/x/?a=1', { hours: '72' }, '/explainer/learn/x/?a=1&hours=72'],
  ])('%s + %j → %s', (href, updates, expected) => {
    expect(mergeSearchParams(href, updates)).toBe(expected);
  });
});

describe('describeRejectedParam', () => {
  it('names the parameter, the value, what is allowed and the fallback', () => {
    expect(describeRejectedParam('dose', '900', '1 to 50 mg', '4.5 mg')).toBe(
      'The link’s dose=“900” is not a valid setting (1 to 50 mg), so the default, 4.5 mg, is shown.',
    );
  });
});
