import path from 'node:path';
import { contentRoot } from './content-root';
import { readYamlList } from './read-yaml-list';
import { referenceSchema, type Reference } from './reference-schema';

/** Every reference in content/references/*.yaml, validated. */
export function readReferences(root = contentRoot()): Reference[] {
  return readYamlList(path.join(root, 'references'), referenceSchema);
}

/** Keys that <Cite>, glossary terms and pathway edges may use. */
export function readReferenceIds(root = contentRoot()): Set<string> {
  return new Set(readReferences(root).map((ref) => ref.id));
}

/** Up to three known keys that look like `unknown`, to suggest in an error message. */
export function closestKeys(unknown: string, known: Iterable<string>): string[] {
  const stem = unknown.toLowerCase().replace(/[^a-z]/g, '').slice(0, 5);
  const year = unknown.match(/\d{4}/)?.[0];
  return [...known]
    .filter((key) => (stem.length >= 3 && key.includes(stem)) || (year !== undefined && key.endsWith(year) && key[0] === unknown[0]))
    .slice(0, 3);
}
