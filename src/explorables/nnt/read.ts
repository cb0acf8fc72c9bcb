import { contentRoot } from '../../content/content-root';
import { readReferenceIds } from '../../content/references';
import { readEvidenceList } from '../shared/read-evidence';
import { nntSourceSchema, type NntSource } from './schema';

export const NNT_FILE = 'nnt-sources.yaml';

/** The sources of the NNT icon array, validated, with every reference key resolved. */
export function readNntSources(root = contentRoot(), referenceIds: ReadonlySet<string> = readReferenceIds(root)): NntSource[] {
  return readEvidenceList(NNT_FILE, nntSourceSchema, referenceIds, root);
}
