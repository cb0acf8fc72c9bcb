import { describe, expect, it } from 'vitest';
import { decodeEntities, splitExcerpt } from '../../../src/components/search/excerpt';

describe('splitExcerpt', () => {
  it('splits Pagefind excerpts into text and matches', () => {
    expect(splitExcerpt('the <mark>Myddosome</mark> stacks <mark>MyD88</mark> and IRAK')).toEqual([
      { text: 'the ', match: false },
      { text: 'Myddosome', match: true },
      { text: ' stacks ', match: false },
      { text: 'MyD88', match: true },
      { text: ' and IRAK', match: false },
    ]);
  });

  it('decodes escaped text instead of interpreting it, and drops any other tag', () => {
    const parts = splitExcerpt('p &lt; 0.001 &amp; <mark>&lt;script&gt;</mark><img src=x onerror=alert(1)>done');
    expect(parts).toEqual([
      { text: 'p < 0.001 & ', match: false },
      { text: '<script>', match: true },
      { text: 'done', match: false },
    ]);
  });

  it('returns nothing for an empty excerpt', () => {
    expect(splitExcerpt('')).toEqual([]);
  });
});

describe('decodeEntities', () => {
  it.each([
    ['&amp;&lt;&gt;&quot;&#39;&apos;', `&<>"''`],
    ['&#x3ba;B and &#954;B', 'κB and κB'],
    ['&unknown; &#0; &#x110000;', '&unknown; &#0; &#x110000;'],
  ])('%s → %s', (input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });
});
