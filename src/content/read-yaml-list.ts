import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { displayPath } from './content-root';
import { ContentError, formatIssues } from './format-issues';

/** The *.yaml files of `dir`, in file-name order (none when the folder is missing). */
export function listYamlFiles(dir: string): string[] {
  return fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((name) => name.endsWith('.yaml'))
        .sort()
    : [];
}

/** One validated entry and the file it came from, so later checks can name the file. */
export interface SourcedEntry<Entry> {
  entry: Entry;
  file: string;
}

/**
 * Reads every *.yaml file in `dir` as a list of entries, validates each entry with `schema`
 * and returns them in file-name order. Throws one ContentError naming every bad file, entry
 * and field, and any id used twice.
 */
export function readYamlList<Schema extends z.ZodType<{ id: string }>>(dir: string, schema: Schema): Array<z.output<Schema>> {
  return readSourcedYamlList(dir, schema).map(({ entry }) => entry);
}

/** As readYamlList, keeping each entry's file (its display path). */
export function readSourcedYamlList<Schema extends z.ZodType<{ id: string }>>(
  dir: string,
  schema: Schema,
): Array<SourcedEntry<z.output<Schema>>> {
  const files = listYamlFiles(dir);
  const problems: string[] = [];
  const entries: Array<SourcedEntry<z.output<Schema>>> = [];
  const seen = new Map<string, string>();
  for (const name of files) {
    const file = displayPath(path.join(dir, name));
    let list: unknown;
    try {
      list = parse(fs.readFileSync(path.join(dir, name), 'utf8'));
    } catch (error) {
      problems.push(`${file}: not valid YAML (${(error as Error).message.split('\n')[0]})`);
      continue;
    }
    if (!Array.isArray(list)) {
      problems.push(`${file}: must be a YAML list of entries, each starting with "- id: …"`);
      continue;
    }
    list.forEach((item: unknown, index) => {
      const id = (item as { id?: unknown } | null)?.id;
      const where = `${file} entry ${typeof id === 'string' ? `"${id}"` : `#${index + 1}`}`;
      const result = schema.safeParse(item);
      if (!result.success) {
        problems.push(...formatIssues(where, result.error.issues));
        return;
      }
      const previous = seen.get(result.data.id);
      if (previous) {
        problems.push(`${where}: id "${result.data.id}" is already used in ${previous}; give each entry its own id`);
        return;
      }
      seen.set(result.data.id, file);
      entries.push({ entry: result.data, file });
    });
  }
  if (problems.length > 0) throw new ContentError(problems, `Content in ${displayPath(dir)} is not valid`);
  return entries;
}
