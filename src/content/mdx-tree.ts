/** The parts of an mdast/MDX node the content plugins read; avoids a dependency on full mdast types. */
export interface MdxNode {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: MdxNode[];
  position?: { start: { line: number } };
}

export interface VFileLike {
  path?: string;
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

/** Every node of the tree, depth first, parents before children. */
export function* walk(node: MdxNode): Generator<MdxNode> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

/** MDX JSX elements named `name` (inline or block). */
export function* elementsNamed(tree: MdxNode, name: string): Generator<MdxNode> {
  for (const node of walk(tree)) {
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === name) yield node;
  }
}

/** A plain-text attribute's value; undefined when absent or written as an expression. */
export function textAttribute(node: MdxNode, name: string): string | undefined {
  const attribute = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

/** Sets (or replaces) a plain-text attribute. */
export function setAttribute(node: MdxNode, name: string, value: string): void {
  node.attributes = [
    ...(node.attributes ?? []).filter((a) => a.name !== name),
    { type: 'mdxJsxAttribute', name, value },
  ];
}

/** ":12" for a node on line 12, for error messages. */
export const lineOf = (node: MdxNode) => (node.position ? `:${node.position.start.line}` : '');
