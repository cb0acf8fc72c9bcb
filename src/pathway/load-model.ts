import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { contentRoot, displayPath } from '../content/content-root';
import { ContentError } from '../content/format-issues';
import { listYamlFiles } from '../content/read-yaml-list';
import { readReferenceIds } from '../content/references';
import { buildPathwayModel, type PathwayModel, type RawPathwayFile } from './model';

/**
 * Node only (build and tests): reads content/pathway/*.yaml in file-name order. A file that is
 * not valid YAML becomes a problem in the thrown ContentError, together with every other one.
 */
export function readPathwayFiles(dir = path.join(contentRoot(), 'pathway')): RawPathwayFile[] {
  const names = listYamlFiles(dir);
  const problems: string[] = [];
  const files: RawPathwayFile[] = [];
  for (const name of names) {
    const file = displayPath(path.join(dir, name));
    try {
      files.push({ file, data: parse(fs.readFileSync(path.join(dir, name), 'utf8')) });
    } catch (error) {
      problems.push(`${file}: not valid YAML (${(error as Error).message.split('\n')[0]})`);
    }
  }
  if (names.length === 0) problems.push(`${displayPath(dir)}: no *.yaml files; the pathway model lives here`);
  if (problems.length > 0) throw new ContentError(problems, 'Cannot read the pathway model');
  return files;
}

/** Node only: the validated model from content/pathway, checked against the bibliography. */
export function loadPathwayModel(referenceIds: ReadonlySet<string> = readReferenceIds(), root = contentRoot()): PathwayModel {
  return buildPathwayModel(readPathwayFiles(path.join(root, 'pathway')), referenceIds);
}
