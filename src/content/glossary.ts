import path from 'node:path';
import { contentRoot } from './content-root';
import { ContentError } from './format-issues';
import { glossarySchema, type GlossaryEntry } from './glossary-schema';
import { readSourcedYamlList } from './read-yaml-list';

/** Glossary terms, validated, each of whose reference keys must resolve. */
export function readGlossary(referenceIds: ReadonlySet<string>, root = contentRoot()): GlossaryEntry[] {
  const dir = path.join(root, 'glossary');
  const sourced = readSourcedYamlList(dir, glossarySchema);
  const problems = sourced.flatMap(({ entry, file }) =>
    entry.refs
      .filter((key) => !referenceIds.has(key))
      .map(
        (key) =>
          `${file} term "${entry.id}" field "refs": unknown reference "${key}"; add it to content/references/*.yaml or fix the key`,
      ),
  );
  if (problems.length > 0) throw new ContentError(problems, 'Glossary cites unknown references');
  return sourced.map(({ entry }) => entry);
}
