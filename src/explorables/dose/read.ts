import { contentRoot, displayPath } from '../../content/content-root';
import { readReferenceIds } from '../../content/references';
import { evidencePath, readEvidenceList } from '../shared/read-evidence';
import { collectPkParameters, pkParameterSchema, type PkParameter, type PkParameters } from './parameters';

export const PK_FILE = 'naltrexone-pk.yaml';

/** The dose model's parameters: the list (for the table) and the numbers by name (for the math). */
export function readPkParameters(
  root = contentRoot(),
  referenceIds: ReadonlySet<string> = readReferenceIds(root),
): { entries: PkParameter[]; parameters: PkParameters } {
  const entries = readEvidenceList(PK_FILE, pkParameterSchema, referenceIds, root);
  return { entries, parameters: collectPkParameters(entries, displayPath(evidencePath(PK_FILE, root))) };
}
