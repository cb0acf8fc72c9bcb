import { describe, expect, it } from 'vitest';
import {
  embedHeaders,
  formatHeaders,
  headerRules,
  headersFor,
  metaDirectives,
  parseHeadersFile,
  unframeableHeaders,
} from '../../../src/integrations/headers';

const files = [
  'index.html',
  '404.html',
  'favicon.svg',
  '_astro/client.abc.js',
  'about/index.html',
  'learn/index.html',
  'learn/dose-matters/index.html',
  'diagrams/tlr4-pathway/index.html',
  'present/tlr4-pathway/index.html',
  'embed/tlr4-pathway/index.html',
  'embed/tlr4-pathway/detailed/index.html',
  'embed/tlr4-pathway/oembed.json',
];

const pagesOf = (base: string) =>
  files.filter((file) => file.endsWith('.html')).map((file) => `${base}${file.replace(/index\.html$/, '')}`);

describe.each(['/', '/explainer/'])('the _headers file of a build at %s', (base) => {
  const rules = parseHeadersFile(formatHeaders(headerRules(files, base)));

  const frameable = (page: string) => /\/(embed|present)\//.test(page);

  it.each(pagesOf(base).filter((page) => !frameable(page)))('keeps %s from being framed by other sites', (page) => {
    const headers = headersFor(rules, page);
    expect(headers['Content-Security-Policy']).toBe("frame-ancestors 'self'");
    expect(headers['X-Frame-Options']).toBe('SAMEORIGIN');
  });

  it.each(pagesOf(base).filter(frameable))('lets any site frame %s', (page) => {
    const headers = headersFor(rules, page);
    expect(headers['Content-Security-Policy']).toBe('frame-ancestors *');
    expect(headers).not.toHaveProperty('X-Frame-Options');
  });

  it('sends nosniff, a referrer policy and a permissions policy with everything', () => {
    for (const url of [...pagesOf(base), `${base}_astro/client.abc.js`, `${base}embed/tlr4-pathway/oembed.json`]) {
      const headers = headersFor(rules, url);
      expect(headers['X-Content-Type-Options'], url).toBe('nosniff');
      expect(headers['Referrer-Policy'], url).toBe('strict-origin-when-cross-origin');
      expect(headers['Permissions-Policy'], url).toMatch(/camera=\(\)/);
    }
  });

  it('never gives one URL two frame policies (hosts would join them, and the strictest would win)', () => {
    for (const page of pagesOf(base)) {
      const matching = rules.filter(
        (rule) => rule.match.test(page) && rule.set.some(([name]) => name === 'Content-Security-Policy'),
      );
      expect(
        matching.map((rule) => rule.pattern),
        page,
      ).toHaveLength(1);
    }
  });

  it('gives pages outside the base nothing', () => {
    if (base === '/') return;
    expect(headersFor(rules, '/about/')).toEqual({});
  });
});

describe('reading _headers files', () => {
  it('matches exact paths, splats and placeholders, joins repeated headers and honours "! Name"', () => {
    const rules = parseHeadersFile(
      [
        '# a comment',
        '/*',
        '  X-A: 1',
        '  X-Frame-Options: DENY',
        '/blog/:slug/',
        '  X-A: 2',
        '/embed/*',
        '  ! X-Frame-Options',
        '/exact.html',
        '  X-B: yes',
      ].join('\n'),
    );
    expect(headersFor(rules, '/blog/post/')).toEqual({ 'X-A': '1, 2', 'X-Frame-Options': 'DENY' });
    expect(headersFor(rules, '/blog/a/b/')).toEqual({ 'X-A': '1', 'X-Frame-Options': 'DENY' });
    expect(headersFor(rules, '/embed/x/')).toEqual({ 'X-A': '1' });
    expect(headersFor(rules, '/exact.html')).toMatchObject({ 'X-B': 'yes' });
    expect(headersFor(rules, '/exactxhtml')).not.toHaveProperty('X-B');
  });

  it('round-trips the rules it writes', () => {
    const rules = headerRules(files);
    const parsed = parseHeadersFile(formatHeaders(rules));
    expect(parsed.map((rule) => [rule.pattern, Object.fromEntries(rule.set)])).toEqual(
      rules.map((rule) => [rule.pattern, rule.headers]),
    );
    expect(Object.values(embedHeaders)).not.toContain(unframeableHeaders['Content-Security-Policy']);
  });
});

describe('the <meta> directives', () => {
  it('restrict every kind of request to the site and forbid plugins and <base> changes', () => {
    expect(metaDirectives).toEqual(
      expect.arrayContaining(["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]),
    );
    // Directives a <meta> cannot carry would only produce console errors.
    expect(metaDirectives.join(';')).not.toMatch(/frame-ancestors|report-uri|sandbox/);
    expect(metaDirectives.join(';')).not.toMatch(/unsafe/);
  });
});
