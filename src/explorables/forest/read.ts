import { contentRoot } from '../../content/content-root';
import { readReferenceIds } from '../../content/references';
import { readEvidenceList } from '../shared/read-evidence';
import { forestRowSchema, type ForestRow } from './schema';

export const FOREST_FILE = 'forest-rows.yaml';

/** The forest plot's rows, validated, with every reference key resolved. */
export function readForestRows(root = contentRoot(), referenceIds: ReadonlySet<string> = readReferenceIds(root)): ForestRow[] {
  return readEvidenceList(FOREST_FILE, forestRowSchema, referenceIds, root);
}
