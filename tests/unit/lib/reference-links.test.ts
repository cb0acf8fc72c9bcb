import { describe, expect, it } from 'vitest';
import type { Reference } from '../../../src/content/reference-schema';
import { readReferences } from '../../../src/content/references';
import { identifierLinks, shortCitation } from '../../../src/lib/reference-links';

const base: Reference = {
  id: 'mattioli2014',
  group: 'opioids',
  kind: 'article',
  authors: 'Mattioli TA, Leduc-Pessah H, Skelhorne-Gross G, et al.',
  title: 'Toll-like receptor 4 mutant and null mice retain morphine-induced tolerance, hyperalgesia, and physical dependence',
  venue: 'PLoS One',
  year: 2014,
  doi: '10.1371/journal.pone.0097361',
  pmcid: 'PMC4019634',
  summary: 'S.',
  checked: 'c',
};

describe('identifierLinks', () => {
  it('links each identifier to its resolver, DOI first', () => {
    expect(identifierLinks(base)).toEqual([
      { label: 'DOI 10.1371/journal.pone.0097361', href: 'https://doi.org/10.1371/journal.pone.0097361' },
      { label: 'PMC4019634', href: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4019634/' },
    ]);
  });

  it('links PubMed, trial registry and Reactome identifiers', () => {
    const ref = { ...base, doi: undefined, pmcid: undefined, pmid: '15809417', nct: 'NCT00568555', reactome: 'R-HSA-166016' };
    expect(identifierLinks(ref).map((link) => link.href)).toEqual([
      'https://pubmed.ncbi.nlm.nih.gov/15809417/',
      'https://clinicaltrials.gov/study/NCT00568555',
      'https://reactome.org/content/detail/R-HSA-166016',
    ]);
  });

  it('labels a Reactome page given by URL with its ID', () => {
    const ref = {
      ...base,
      doi: undefined,
      pmcid: undefined,
      reactome: 'R-HSA-166016',
      url: 'https://reactome.org/content/detail/R-HSA-166016',
    };
    expect(identifierLinks(ref)).toEqual([
      { label: 'Reactome R-HSA-166016', href: 'https://reactome.org/content/detail/R-HSA-166016' },
    ]);
  });
});

describe('shortCitation', () => {
  it.each([
    ['Mattioli TA, Leduc-Pessah H, et al.', 'Mattioli TA et al. 2014'],
    ['Woolf CJ', 'Woolf CJ 2014'],
  ])('%s → %s', (authors, expected) => {
    expect(shortCitation({ ...base, authors })).toBe(expected);
  });

  it('labels a database entry by its accession, not the year it was consulted', () => {
    const database = { ...base, kind: 'database' as const, authors: 'Reactome', doi: undefined, pmcid: undefined, year: 2026 };
    expect(
      shortCitation({ ...database, reactome: 'R-HSA-166016', url: 'https://reactome.org/content/detail/R-HSA-166016' }),
    ).toBe('Reactome R-HSA-166016');
    expect(shortCitation({ ...database, authors: 'KEGG', url: 'https://www.kegg.jp/pathway/hsa04620' })).toBe('KEGG hsa04620');
    expect(shortCitation({ ...database, authors: 'WikiPathways', url: 'https://www.wikipathways.org/pathways/WP75/' })).toBe(
      'WikiPathways WP75',
    );
  });

  it('gives every reference on the site a label of its own', () => {
    const labels = new Map<string, string[]>();
    for (const ref of readReferences()) labels.set(shortCitation(ref), [...(labels.get(shortCitation(ref)) ?? []), ref.id]);
    expect([...labels].filter(([, ids]) => ids.length > 1)).toEqual([]);
  });
});
