import { describe, expect, it } from 'vitest';
import { formatShortCitation, linkSources } from '../../../../src/explorables/shared/short-citation';

describe('formatShortCitation', () => {
  it.each([
    ['Younger J, Noor N, McCue R, Mackey S', 2013, 'Younger et al. 2013'],
    ['Meyer et al.', 1984, 'Meyer et al. 1984'],
    ['Cook RJ, Sackett DL', 1995, 'Cook & Sackett 1995'],
    ['Bender R', 2001, 'Bender 2001'],
    ['DailyMed (US National Library of Medicine)', 2025, 'DailyMed 2025'],
  ])('%s, %s → %s', (authors, year, label) => {
    expect(formatShortCitation({ id: 'x', authors, year })).toBe(label);
  });
});

describe('linkSources', () => {
  const refs = [{ id: 'cook1995', authors: 'Cook RJ, Sackett DL', year: 1995 }];
  it('links each key to its anchor on the references page', () => {
    expect(linkSources(['cook1995'], refs, '/explainer/references/')).toEqual({
      cook1995: { label: 'Cook & Sackett 1995', href: '/explainer/references/#ref-cook1995' },
    });
  });
  it('rejects an unknown key with the fix', () => {
    expect(() => linkSources(['nope2020'], refs, '/references/')).toThrow(
      /unknown reference "nope2020"; add it to content\/references/,
    );
  });
});
