import { displayPath } from './content-root';
import { elementsNamed, lineOf, setAttribute, textAttribute, type MdxNode, type VFileLike } from './mdx-tree';
import { closestKeys, readReferenceIds } from './references';

/**
 * Numbers the <Cite keys="a,b"> elements of one MDX document in order of first appearance,
 * writing their `numbers` attribute, and returns the cited keys in
 * reference-list order. Every problem (unknown key, missing or computed `keys`) is collected
 * and thrown as one error that names the file, the line and the fix.
 */
export function numberCitations(tree: MdxNode, knownIds: ReadonlySet<string>, fileName: string): string[] {
  const order: string[] = [];
  const problems: string[] = [];
  for (const node of elementsNamed(tree, 'Cite')) {
    const where = `${fileName}${lineOf(node)}`;
    const value = textAttribute(node, 'keys');
    if (value === undefined) {
      problems.push(`${where}: <Cite> needs keys="…" written as plain text, e.g. <Cite keys="tanga2005,woolf2011" />`);
      continue;
    }
    const keys = value
      .split(',')
      .map((key) => key.trim())
      .filter(Boolean);
    if (keys.length === 0) problems.push(`${where}: <Cite keys=""> is empty; name at least one reference key`);
    for (const key of keys) {
      if (!knownIds.has(key)) {
        const near = closestKeys(key, knownIds);
        problems.push(
          `${where}: <Cite> cites unknown reference "${key}". Add it to content/references/*.yaml or fix the key` +
            (near.length > 0 ? ` (similar keys: ${near.join(', ')})` : ''),
        );
      } else if (!order.includes(key)) order.push(key);
    }
    const numbers = keys.filter((key) => knownIds.has(key)).map((key) => order.indexOf(key) + 1);
    setAttribute(node, 'numbers', numbers.join(','));
  }
  if (problems.length > 0) throw new Error(`Citation check failed:\n  - ${problems.join('\n  - ')}`);
  return order;
}

/** Remark plugin: numbers citations and exposes the ordered keys as frontmatter `citations`. */
export function remarkCitations() {
  return (tree: MdxNode, file: VFileLike) => {
    const citations = numberCitations(tree, readReferenceIds(), displayPath(file.path ?? 'an MDX file'));
    file.data.astro ??= {};
    file.data.astro.frontmatter ??= {};
    file.data.astro.frontmatter.citations = citations;
  };
}
