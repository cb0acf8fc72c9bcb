import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { checkTerms } from '../../../src/content/remark-terms';

type Tree = Parameters<typeof checkTerms>[0];
const parse = (source: string) => unified().use(remarkParse).use(remarkMdx).parse(source) as unknown as Tree;
const glossary = new Set(['tlr4', 'nnt']);

describe('checkTerms', () => {
  it('accepts known ids and numbers each occurrence', () => {
    const tree = parse('<Term id="tlr4">TLR4</Term> and <Term id="nnt">NNT</Term>.');
    checkTerms(tree, glossary, 'x.mdx');
    const occurrences: unknown[] = [];
    const visit = (node: Tree) => {
      if (node.name === 'Term') occurrences.push(node.attributes?.find((a) => a.name === 'occurrence')?.value);
      node.children?.forEach(visit);
    };
    visit(tree);
    expect(occurrences).toEqual(['1', '2']);
  });

  it.each([
    ['an unknown id', 'Text\n\n<Term id="tlr9">TLR9</Term>', /x\.mdx:3: <Term id="tlr9"> is not in the glossary; add it to content\/glossary/],
    ['a missing id', '<Term>TLR4</Term>', /<Term> needs id="…"/],
  ])('rejects %s with the file, line and fix', (_name, source, pattern) => {
    expect(() => checkTerms(parse(source), glossary, 'x.mdx')).toThrow(pattern);
  });
});
