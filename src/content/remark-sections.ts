import type { MdxNode } from './mdx-tree';

/** The class that lets the browser skip a block's layout until the reader scrolls near it (global.css). */
export const laidOutWhenNear = 'laid-out-when-near';

/** A node that mdast-util-to-hast turns into the element `hName`. */
export interface SectionNode extends MdxNode {
  data: { hName: 'section'; hProperties: { className: string[] } };
}

/**
 * Wraps each level-2 heading of a document, and what follows it up to the next one, in a
 * <section> laid out only when the reader scrolls near it: a long chapter's first layout then
 * covers what is on screen, not all of it. What comes before the first heading stays as it is.
 */
export function wrapSections(tree: MdxNode): void {
  const children: MdxNode[] = [];
  let section: SectionNode | undefined;
  for (const node of tree.children ?? []) {
    if (node.type === 'heading' && node.depth === 2) {
      section = {
        type: 'chapterSection',
        data: { hName: 'section', hProperties: { className: [laidOutWhenNear] } },
        children: [],
      };
      children.push(section);
    }
    (section?.children ?? children).push(node);
  }
  tree.children = children;
}

/** Remark plugin wrapping wrapSections. */
export function remarkSections() {
  return (tree: MdxNode) => wrapSections(tree);
}
