import path from 'node:path';
import { contentRoot, displayPath } from './content-root';
import { glossarySchema } from './glossary-schema';
import { elementsNamed, lineOf, setAttribute, textAttribute, type MdxNode, type VFileLike } from './mdx-tree';
import { readYamlList } from './read-yaml-list';

/**
 * Checks every <Term id="…"> of one MDX document against the glossary and gives each an
 * `occurrence` attribute (for unique popover ids). Unknown or missing ids fail with the file,
 * the line and the fix.
 */
export function checkTerms(tree: MdxNode, glossaryIds: ReadonlySet<string>, fileName: string): void {
  const problems: string[] = [];
  let occurrence = 0;
  for (const node of elementsNamed(tree, 'Term')) {
    const where = `${fileName}${lineOf(node)}`;
    const id = textAttribute(node, 'id');
    if (id === undefined) problems.push(`${where}: <Term> needs id="…" written as plain text, e.g. <Term id="tlr4">TLR4</Term>`);
    else if (!glossaryIds.has(id))
      problems.push(`${where}: <Term id="${id}"> is not in the glossary; add it to content/glossary/glossary.yaml or fix the id`);
    occurrence += 1;
    setAttribute(node, 'occurrence', String(occurrence));
  }
  if (problems.length > 0) throw new Error(`Glossary term check failed:\n  - ${problems.join('\n  - ')}`);
}

/** Remark plugin wrapping checkTerms; reads the glossary ids once per document. */
export function remarkTerms() {
  return (tree: MdxNode, file: VFileLike) => {
    const ids = new Set(readYamlList(path.join(contentRoot(), 'glossary'), glossarySchema).map((entry) => entry.id));
    checkTerms(tree, ids, displayPath(file.path ?? 'an MDX file'));
  };
}
