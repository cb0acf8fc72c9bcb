import { describe, expect, it } from 'vitest';
import { searchWithState } from '../../../src/lib/url-state';
import { defaultState } from '../../../src/pathway/state';

describe('searchWithState', () => {
  it.each([
    ['', defaultState, ''],
    ['?view=opioid&step=2', defaultState, ''],
    ['?theme=dark', { ...defaultState, view: 'detailed' as const }, '?view=detailed&theme=dark'],
    ['?lti=1&ligand=lps&ligand=hmgb1', { ...defaultState, drug: 'ldn' as const, step: 3 }, '?drug=ldn&step=3&lti=1'],
  ])('%s with a new state → %s', (search, state, expected) => {
    expect(searchWithState(search, state)).toBe(expected);
  });
});
