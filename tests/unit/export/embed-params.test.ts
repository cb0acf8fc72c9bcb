import { describe, expect, it } from 'vitest';
import { embedQuery, parseEmbedParams } from '../../../src/export/embed-params';

describe('parseEmbedParams', () => {
  it.each([
    ['', undefined, 'full', 0],
    ['theme=projector&controls=steps', 'projector', 'steps', 0],
    ['theme=auto&controls=none&view=detailed', 'auto', 'none', 0],
    ['theme=neon', undefined, 'full', 1],
    ['controls=<b>', undefined, 'full', 1],
    ['theme=dark&theme=light', undefined, 'full', 1],
    ['theme=dark&controls=steps&controls=none', 'dark', 'full', 1],
  ])('%s → theme %s, controls %s, %i notices', (query, theme, controls, count) => {
    const { options, notices } = parseEmbedParams(query);
    expect(options).toEqual({ theme, controls });
    expect(notices).toHaveLength(count);
  });

  it('names the bad value without markup', () => {
    const { notices } = parseEmbedParams('controls=<script>x');
    expect(notices[0]).toContain('"controls"');
    expect(notices[0]).not.toMatch(/[<>]/);
  });
});

describe('embedQuery', () => {
  it.each([
    ['', {}, ''],
    ['?view=detailed', { controls: 'full' as const }, '?view=detailed'],
    [
      'view=detailed&step=2',
      { theme: 'projector' as const, controls: 'steps' as const },
      '?view=detailed&step=2&theme=projector&controls=steps',
    ],
    ['', { theme: 'auto' as const, controls: 'none' as const }, '?theme=auto&controls=none'],
  ])('%s with %o → %s', (state, options, expected) => {
    expect(embedQuery(state, options)).toBe(expected);
  });
});
