import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { contentRoot, displayPath } from '../../content/content-root';
import { ContentError, formatIssues } from '../../content/format-issues';

/** What every evidence entry has: an id and the reference keys behind its numbers. */
export interface EvidenceEntry {
  id: string;
  refs: readonly string[];
}

/** content/evidence/<fileName> under `root`. */
export const evidencePath = (fileName: string, root = contentRoot()) => path.join(root, 'evidence', fileName);

/**
 * Reads one YAML list from content/evidence/, validates each entry with `schema`, and checks
 * that ids are unique and every reference key resolves. Throws one ContentError that names the
 * file, the entry, the field and the fix for every problem found.
 */
export function readEvidenceList<Schema extends z.ZodType<EvidenceEntry, unknown>>(
  fileName: string,
  schema: Schema,
  referenceIds: ReadonlySet<string>,
  root = contentRoot(),
): Array<z.output<Schema>> {
  const file = evidencePath(fileName, root);
  const shown = displayPath(file);
  if (!fs.existsSync(file)) throw new ContentError([`${shown}: file not found; create it as a YAML list of entries`]);
  let list: unknown;
  try {
    list = parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ContentError([`${shown}: not valid YAML (${(error as Error).message.split('\n')[0]})`]);
  }
  if (!Array.isArray(list)) throw new ContentError([`${shown}: must be a YAML list of entries, each starting with "- id: …"`]);
  const problems: string[] = [];
  const entries: Array<z.output<Schema>> = [];
  const seen = new Set<string>();
  list.forEach((item: unknown, index) => {
    const id = (item as { id?: unknown } | null)?.id;
    const where = `${shown} entry ${typeof id === 'string' ? `"${id}"` : `#${index + 1}`}`;
    const result = schema.safeParse(item);
    if (!result.success) {
      problems.push(...formatIssues(where, result.error.issues));
      return;
    }
    const entry = result.data;
    if (seen.has(entry.id)) problems.push(`${where}: id "${entry.id}" is used twice; give each entry its own id`);
    seen.add(entry.id);
    for (const key of entry.refs.filter((ref) => !referenceIds.has(ref))) {
      problems.push(`${where} field "refs": unknown reference "${key}"; add it to content/references/*.yaml or fix the key`);
    }
    entries.push(entry);
  });
  if (problems.length > 0) throw new ContentError(problems, `Evidence data in ${shown} is not valid`);
  return entries;
}
