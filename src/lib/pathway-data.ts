// Build-time access to the pathway model for pages: loaded and validated once per build.
import { readReferenceIds, readReferences } from '../content/references';
import { loadPathwayModel } from '../pathway/load-model';
import { loadPredictions } from '../pathway/load-predictions';
import type { Prediction } from '../pathway/prediction-schema';
import type { PathwayModel } from '../pathway/model';
import { summarizeReferences, type ReferenceSummaries } from './reference-links';

interface PathwayData {
  model: PathwayModel;
  references: ReferenceSummaries;
  predictions: Prediction[];
}

let cached: PathwayData | undefined;

/** The validated model, its predict-then-reveal questions, and summaries of every reference they cite. */
export function pathwayData(): PathwayData {
  if (!cached) {
    const referenceIds = readReferenceIds();
    const model = loadPathwayModel(referenceIds);
    const predictions = loadPredictions(model, referenceIds);
    const cited = new Set<string>(predictions.flatMap((prediction) => prediction.refs));
    for (const item of [...model.nodes, ...model.edges, ...model.annotations]) {
      for (const key of item.refs ?? []) cited.add(key);
      for (const key of ('against' in item ? item.against : undefined) ?? []) cited.add(key);
    }
    cached = { model, predictions, references: summarizeReferences(readReferences(), cited) };
  }
  return cached;
}
