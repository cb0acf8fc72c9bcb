import path from 'node:path';
import { contentRoot, displayPath } from './content-root';
import { ContentError } from './format-issues';
import { glossarySchema, type GlossaryEntry } from './glossary-schema';
import { readYamlList } from './read-yaml-list';

/** Glossary terms, validated, each of whose reference keys must resolve. */
export function readGlossary(referenceIds: ReadonlySet<string>, root = contentRoot()): GlossaryEntry[] {
  const dir = path.join(root, 'glossary');
  const entries = readYamlList(dir, glossarySchema);
  const problems = entries.flatMap((entry) =>
    entry.refs
      .filter((key) => !referenceIds.has(key))
      .map(
        (key) =>
          `${displayPath(dir)} term "${entry.id}" field "refs": unknown reference "${key}"; add it to content/references/*.yaml or fix the key`,
      ),
  );
  if (problems.length > 0) throw new ContentError(problems, 'Glossary cites unknown references');
  return entries;
}
