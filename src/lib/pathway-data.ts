// Build-time access to the pathway model for pages: loaded and validated once per build.
import { readReferences } from '../content/references';
import { loadPathwayModel } from '../pathway/load-model';
import type { PathwayModel } from '../pathway/model';
import { summarizeReferences, type ReferenceSummaries } from './reference-links';

let cached: { model: PathwayModel; references: ReferenceSummaries } | undefined;

/** The validated model and summaries of every reference it cites. */
export function pathwayData(): { model: PathwayModel; references: ReferenceSummaries } {
  if (!cached) {
    const model = loadPathwayModel();
    const cited = new Set<string>();
    for (const item of [...model.nodes, ...model.edges, ...model.annotations]) {
      for (const key of item.refs ?? []) cited.add(key);
      for (const key of ('against' in item ? item.against : undefined) ?? []) cited.add(key);
    }
    cached = { model, references: summarizeReferences(readReferences(), cited) };
  }
  return cached;
}
