import { describe, expect, it } from 'vitest';
import { absoluteUrl, escapeAttribute, iframeSnippet } from '../../../src/export/snippet';

describe('iframeSnippet', () => {
  it('has the address, title, size, lazy loading and fullscreen, and no script', () => {
    const snippet = iframeSnippet({
      src: 'https://teach.example.edu/tlr4/embed/tlr4-pathway/detailed/?drug=ldn&step=3',
      title: 'The TLR4 pathway',
      width: '100%',
      height: 812.4,
    });
    expect(snippet).toBe(
      '<iframe src="https://teach.example.edu/tlr4/embed/tlr4-pathway/detailed/?drug=ldn&amp;step=3" title="The TLR4 pathway" width="100%" height="812" loading="lazy" allow="fullscreen" allowfullscreen></iframe>',
    );
    expect(snippet).not.toMatch(/<script/i);
  });

  it('escapes every attribute value', () => {
    const snippet = iframeSnippet({ src: 'https://x/"><script>alert(1)</script>', title: 'a "b" <c>', width: 640, height: 400 });
    expect(snippet).not.toContain('<script');
    expect(snippet).toContain('title="a &quot;b&quot; &lt;c&gt;"');
    expect(escapeAttribute('&')).toBe('&amp;');
  });
});

describe('absoluteUrl', () => {
  it.each([
    ['http://localhost:4321/', 'embed/forest-plot/', '?forest=all', 'http://localhost:4321/embed/forest-plot/?forest=all'],
    ['https://x.edu/tlr4', '/diagrams/tlr4-pathway/', '', 'https://x.edu/tlr4/diagrams/tlr4-pathway/'],
    ['https://x.edu/tlr4/', 'present/dose-timeline/', '?dose=50', 'https://x.edu/tlr4/present/dose-timeline/?dose=50'],
  ])('%s + %s + %s', (site, path, query, expected) => expect(absoluteUrl(site, path, query)).toBe(expected));
});
