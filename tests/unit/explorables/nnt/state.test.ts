import { describe, expect, it } from 'vitest';
import { parseNntState, serializeNntState } from '../../../../src/explorables/nnt/state';
import { mergeSearchParams } from '../../../../src/explorables/shared/url-state';

const ids = ['martin2022', 'younger2013', 'bruun2024'];

describe('NNT URL state', () => {
  it.each(ids)('round-trips %s', (sourceId) => {
    const href = mergeSearchParams('/learn/x/?forest=all#f', serializeNntState({ sourceId }));
    expect(parseNntState(new URL(href, 'http://x').search, ids, 'martin2022')).toEqual({ state: { sourceId }, notices: [] });
  });

  it('uses the fallback silently when the parameter is absent', () => {
    expect(parseNntState('?dose=4.5', ids, 'martin2022')).toEqual({ state: { sourceId: 'martin2022' }, notices: [] });
  });

  it.each(['nope', '', 'YOUNGER2013', '<script>'])('rejects %j with a notice and the fallback, without throwing', (value) => {
    const parsed = parseNntState(`?nnt=${encodeURIComponent(value)}`, ids, 'martin2022');
    expect(parsed.state.sourceId).toBe('martin2022');
    expect(parsed.notices).toHaveLength(1);
    expect(parsed.notices[0]).toMatch(
      /nnt=.* is not a valid setting \(one of martin2022, younger2013, bruun2024\), so the default, martin2022, is shown/,
    );
  });
});
