/**
 * Rehype plugin for the chapters: wraps each second-level heading, with all that follows it up
 * to the next, in a block that the browser lays out only when the reader comes near it
 * (`.laid-out-when-near`, global.css). A long chapter's first layout then covers its top rather
 * than the whole text: on a slow phone that layout was one long task while the page loaded.
 */

/** The parts of a hast node this plugin reads; avoids a dependency on the full hast types. */
export interface HastNode {
  type: string;
  tagName?: string;
  /** An MDX component's name. */
  name?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

export const sectionClass = 'laid-out-when-near';

/** Regroups the root's children in place: what comes before the first h2 stays as it is. */
export function wrapSections(root: HastNode): void {
  const children: HastNode[] = [];
  let section: HastNode[] | undefined;
  for (const node of root.children ?? []) {
    if (node.type === 'element' && node.tagName === 'h2') {
      section = [];
      children.push({ type: 'element', tagName: 'div', properties: { className: [sectionClass] }, children: section });
    }
    // MDX's imports and exports stay at the top level, where it expects them.
    if (section && node.type !== 'mdxjsEsm') section.push(node);
    else children.push(node);
  }
  root.children = children;
}

/** The plugin: hast's own types are not a dependency of the site, so the tree comes in untyped. */
export const rehypeSections = () => (root: unknown) => wrapSections(root as HastNode);
