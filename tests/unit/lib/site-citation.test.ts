import { describe, expect, it } from 'vitest';
import { citeSite, latexEscape } from '../../../src/lib/site-citation';

const accessed = new Date('2026-11-27T10:00:00Z');

describe('citeSite', () => {
  it('escapes the site name and page title for LaTeX', () => {
    const { bibtex } = citeSite(
      'Opioids & TLR4: 50% of the story',
      'https://example.org/learn/x/',
      accessed,
      'TLR4 & LDN explained',
    );
    expect(bibtex).toContain('author = {{TLR4 \\& LDN explained contributors}}');
    expect(bibtex).toContain('title = {Opioids \\& TLR4: 50\\% of the story}');
    expect(bibtex).not.toMatch(/[^\\][&%]/);
  });

  it('gives each page its own BibTeX key', () => {
    const key = (url: string) => /@misc\{([^,]+),/.exec(citeSite('T', url, accessed, 'S').bibtex)?.[1];
    expect(key('https://example.org/')).toBe('tlr4explainer2026');
    expect(key('https://example.org/diagrams/tlr4-pathway/')).toBe('tlr4explainer2026-diagrams-tlr4-pathway');
    expect(key('https://example.org/diagrams/tlr4-pathway/')).not.toBe(key('https://example.org/learn/why-new-options/'));
  });

  it('keeps the plain-text citation as written', () => {
    const { text } = citeSite('A page', 'https://example.org/a/', accessed, 'TLR4 & LDN explained');
    expect(text).toBe(
      'TLR4 & LDN explained contributors. “A page”. TLR4 & LDN explained, 2026. https://example.org/a/ (accessed 2026-11-27). Licensed CC BY 4.0.',
    );
  });
});

describe('latexEscape', () => {
  it('escapes every LaTeX special character', () => {
    expect(latexEscape('a_b#c$d{e}f~g^h\\i')).toBe(
      'a\\_b\\#c\\$d\\{e\\}f\\textasciitilde{}g\\textasciicircum{}h\\textbackslash{}i',
    );
  });
});
