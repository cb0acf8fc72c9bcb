import { describe, expect, it } from 'vitest';
import { referenceSchema } from '../../../src/content/reference-schema';

const good = {
  id: 'tanga2005',
  group: 'sensitization',
  kind: 'article',
  authors: 'Tanga FY, Nutile-McMenemy N, DeLeo JA',
  title: 'The CNS role of Toll-like receptor 4 in innate neuroimmunity and painful neuropathy',
  venue: 'Proc Natl Acad Sci USA',
  year: 2005,
  doi: '10.1073/pnas.0501634102',
  pmid: '15809417',
  summary: 'Mice without working TLR4 developed less hypersensitivity after nerve injury.',
  checked: 'EVIDENCE.md §2i',
};

function messages(input: unknown): string {
  const result = referenceSchema.safeParse(input);
  return result.success ? '' : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n');
}

describe('referenceSchema', () => {
  it('accepts a complete reference', () => {
    expect(messages(good)).toBe('');
  });

  it.each([
    ['only a url', { doi: undefined, pmid: undefined, url: 'https://reactome.org/content/detail/R-HSA-166016' }],
    ['only a pmid', { doi: undefined }],
    ['notes and a pmcid', { notes: 'A caveat.', pmcid: 'PMC4019634' }],
  ])('accepts a reference with %s', (_name, change) => {
    expect(messages({ ...good, ...change })).toBe('');
  });

  it.each([
    ['no identifier at all', { doi: undefined, pmid: undefined }, /needs at least one identifier: add doi, pmid or url/],
    ['a doi with a prefix', { doi: 'doi:10.1073/pnas.0501634102' }, /doi: doi must look like 10\.1234\/abc/],
    ['a pmid written as a number', { pmid: 15809417 }, /pmid: pmid must be quoted text of digits/],
    ['an unknown group', { group: 'pain' }, /group: group must be one of: context, receptor/],
    ['a misspelt field', { titel: 'x' }, /unknown field "titel": check the spelling; allowed fields are id, group/],
    ['a missing title', { title: undefined }, /title: title is required/],
    ['an id with capitals', { id: 'Tanga2005' }, /id: must be lowercase letters, digits and single hyphens/],
    ['a two-digit year', { year: 5 }, /year: year must be a four-digit year/],
    ['a url without a scheme', { url: 'reactome.org' }, /url: url must be a full address/],
  ])('rejects %s with a message that names the fix', (_name, change, pattern) => {
    expect(messages({ ...good, ...change })).toMatch(pattern);
  });
});
