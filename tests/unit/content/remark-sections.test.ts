import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { laidOutWhenNear, wrapSections, type SectionNode } from '../../../src/content/remark-sections';

type Tree = Parameters<typeof wrapSections>[0];
const parse = (source: string) => unified().use(remarkParse).use(remarkMdx).parse(source) as unknown as Tree;
/** The top level as [type, heading text or child count]. */
const outline = (tree: Tree) =>
  tree.children?.map((node) =>
    node.type === 'chapterSection' ? [(node as SectionNode).data.hName, node.children?.map((child) => child.type)] : [node.type],
  );

describe('wrapSections', () => {
  it('wraps each level-2 heading and what follows it, up to the next, and leaves the opening alone', () => {
    const tree = parse('import X from "x";\n\nOpening.\n\n## One\n\nText.\n\n### Under one\n\n<X />\n\n## Two\n\nMore.');
    wrapSections(tree);
    expect(outline(tree)).toEqual([
      ['mdxjsEsm'],
      ['paragraph'],
      ['section', ['heading', 'paragraph', 'heading', 'mdxJsxFlowElement']],
      ['section', ['heading', 'paragraph']],
    ]);
    expect((tree.children?.[2] as SectionNode).data.hProperties).toEqual({ className: [laidOutWhenNear] });
  });

  it('leaves a document without level-2 headings as it is', () => {
    const tree = parse('# Title\n\nText.\n\n### Small');
    wrapSections(tree);
    expect(outline(tree)).toEqual([['heading'], ['paragraph'], ['heading']]);
  });
});
