import { describe, expect, it } from 'vitest';
import { layoutView } from '../../../src/pathway/layout';
import { loadPathwayModel } from '../../../src/pathway/load-model';
import { simulateScenario } from '../../../src/pathway/simulate';
import { defaultState } from '../../../src/pathway/state';
import { listViewEdges } from '../../../src/pathway/view-edges';
import { drawView } from '../../../src/pathway/view-geometry';

const model = loadPathwayModel();

describe('drawView (geometry shipped with the model)', () => {
  for (const view of model.views) {
    it(`draws every node and arrow of the ${view.id} view`, () => {
      const drawn = model.geometry[view.id]!;
      for (const { node } of view.nodes) expect(drawn.nodes[node]?.path, node).toMatch(/^M/);
      for (const edge of listViewEdges(model, view)) expect(drawn.edges[edge.id]?.path, edge.id).toMatch(/^M[\d.-]+,[\d.-]+/);
      expect(drawn.legend.items.length).toBeGreaterThan(10);
    });
  }

  it('survives the trip to the browser as JSON: the layout from a copy equals the layout from the model', () => {
    const copy = JSON.parse(JSON.stringify(model)) as typeof model;
    for (const view of model.views) {
      const state = { ...defaultState, view: view.id, ligands: ['lps' as const], step: 2 };
      expect(layoutView(copy, state, simulateScenario(copy, state))).toEqual(
        layoutView(model, state, simulateScenario(model, state)),
      );
    }
  });

  it('is what the model carries (drawn once when the model is built)', () => {
    const { geometry, ...content } = model;
    for (const view of model.views) expect(drawView(content, view)).toEqual(geometry[view.id]);
  });
});
