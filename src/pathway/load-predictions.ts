import path from 'node:path';
import { contentRoot } from '../content/content-root';
import { ContentError } from '../content/format-issues';
import { readSourcedYamlList } from '../content/read-yaml-list';
import type { PathwayModel } from './model';
import { predictionSchema, type Prediction } from './prediction-schema';

/** Predictions from content/predictions/*.yaml, with their edges and reference keys checked. */
export function loadPredictions(model: PathwayModel, referenceIds: ReadonlySet<string>, root = contentRoot()): Prediction[] {
  const dir = path.join(root, 'predictions');
  const sourced = readSourcedYamlList(dir, predictionSchema);
  const edges = new Set(model.edges.map((edge) => edge.id));
  const problems = sourced.flatMap(({ entry: prediction, file }) => {
    const where = `${file} entry "${prediction.id}"`;
    return [
      ...(edges.has(prediction.beforeEdge)
        ? []
        : [
            `${where} field "beforeEdge": no edge "${prediction.beforeEdge}" in content/pathway/edges.yaml; use an edge id such as "d13"`,
          ]),
      ...prediction.refs
        .filter((key) => !referenceIds.has(key))
        .map((key) => `${where} field "refs": unknown reference "${key}"; add it to content/references/*.yaml or fix the key`),
    ];
  });
  if (problems.length > 0) throw new ContentError(problems, 'Predictions are not valid');
  return sourced.map(({ entry }) => entry);
}
