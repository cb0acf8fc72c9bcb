import { describe, expect, it } from 'vitest';
import { withBase } from '../../../src/lib/url';

describe('withBase', () => {
  it.each([
    ['/', '', '/'],
    ['/', 'learn/x/', '/learn/x/'],
    ['/', '/about/', '/about/'],
    ['/explainer/', 'learn/x/', '/explainer/learn/x/'],
    ['/explainer', 'references/', '/explainer/references/'],
    ['/explainer/', '', '/explainer/'],
  ])('base %s + %s → %s', (base, path, expected) => {
    expect(withBase(path, base)).toBe(expected);
  });
});
