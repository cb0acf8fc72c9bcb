import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { numberCitations } from '../../../src/content/remark-citations';

const known = new Set(['tanga2005', 'woolf2011', 'sorge2011']);

function parse(source: string) {
  return unified().use(remarkParse).use(remarkMdx).parse(source) as unknown as Parameters<typeof numberCitations>[0];
}

function citeAttributes(tree: ReturnType<typeof parse>): Array<Record<string, unknown>> {
  const found: Array<Record<string, unknown>> = [];
  const visit = (node: typeof tree) => {
    if (node.name === 'Cite') found.push(Object.fromEntries((node.attributes ?? []).map((a) => [a.name, a.value])));
    node.children?.forEach(visit);
  };
  visit(tree);
  return found;
}

describe('numberCitations', () => {
  it('numbers keys in order of first appearance and reuses numbers', () => {
    const tree = parse('A <Cite keys="woolf2011" />.\n\nB <Cite keys="tanga2005, woolf2011" />.\n\nC <Cite keys="sorge2011,tanga2005" />.');
    const order = numberCitations(tree, known, 'chapter.mdx');
    expect(order).toEqual(['woolf2011', 'tanga2005', 'sorge2011']);
    expect(citeAttributes(tree)).toEqual([
      { keys: 'woolf2011', numbers: '1' },
      { keys: 'tanga2005, woolf2011', numbers: '2,1' },
      { keys: 'sorge2011,tanga2005', numbers: '3,2' },
    ]);
  });

  it('finds citations nested in other components and lists', () => {
    const tree = parse('<KeyPoints>\n\n- point <Cite keys="sorge2011" />\n\n</KeyPoints>');
    expect(numberCitations(tree, known, 'chapter.mdx')).toEqual(['sorge2011']);
  });

  it('returns an empty list for a chapter without citations', () => {
    expect(numberCitations(parse('Plain text.'), known, 'chapter.mdx')).toEqual([]);
  });

  const failures: Array<[string, string, RegExp[]]> = [
    [
      'an unknown key, naming the file, the line, the key, the fix and a similar key',
      'Intro.\n\nText <Cite keys="tanga2006" />.',
      [/content\/chapters\/x\.mdx:3/, /unknown reference "tanga2006"/, /Add it to content\/references/, /similar keys: tanga2005/],
    ],
    ['a missing keys attribute', 'Text <Cite />.', [/needs keys="…"/]],
    ['an empty keys attribute', 'Text <Cite keys=" , " />.', [/is empty/]],
    ['a computed keys attribute', 'Text <Cite keys={"tanga2005"} />.', [/written as plain text/]],
  ];
  it.each(failures)('rejects %s', (_name, source, patterns) => {
    let message = '';
    try {
      numberCitations(parse(source), known, 'content/chapters/x.mdx');
    } catch (error) {
      message = (error as Error).message;
    }
    for (const pattern of patterns) expect(message).toMatch(pattern);
  });

  it('reports every unknown key at once', () => {
    expect(() => numberCitations(parse('<Cite keys="a1" /> <Cite keys="b2" />'), known, 'x.mdx')).toThrow(/"a1"[\s\S]*"b2"/);
  });
});
