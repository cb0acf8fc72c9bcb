import { describe, expect, it } from 'vitest';
import { parseForestState, serializeForestState } from '../../../../src/explorables/forest/state';
import { mergeSearchParams } from '../../../../src/explorables/shared/url-state';

describe('forest URL state', () => {
  it.each(['all', 'fibromyalgia'] as const)('round-trips %s and keeps other parameters', (filter) => {
    const href = mergeSearchParams('/learn/x/?nnt=younger2013#plot', serializeForestState({ filter }));
    const url = new URL(href, 'http://x');
    expect(url.searchParams.get('nnt')).toBe('younger2013');
    expect(url.hash).toBe('#plot');
    expect(parseForestState(url.search)).toEqual({ state: { filter }, notices: [] });
  });

  it.each(['', 'ms', 'ALL', '1'])('rejects forest=%j with one notice and the default', (value) => {
    const parsed = parseForestState(`?forest=${value}`);
    expect(parsed.state.filter).toBe('all');
    expect(parsed.notices).toEqual([expect.stringMatching(/forest=.* is not a valid setting \(all or fibromyalgia\)/)]);
  });

  it('uses the given default when the parameter is absent', () => {
    expect(parseForestState('', 'fibromyalgia')).toEqual({ state: { filter: 'fibromyalgia' }, notices: [] });
  });
});
