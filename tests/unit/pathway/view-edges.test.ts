import { describe, expect, it } from 'vitest';
import { loadPathwayModel } from '../../../src/pathway/load-model';
import { findView } from '../../../src/pathway/model';
import { listViewEdges } from '../../../src/pathway/view-edges';

const model = loadPathwayModel();

describe('listViewEdges', () => {
  it('draws every model edge between shown nodes in the detailed map', () => {
    const edges = listViewEdges(model, findView(model, 'detailed'));
    expect(edges.every((edge) => !edge.composed)).toBe(true);
    expect(edges.map((edge) => edge.id)).toEqual(expect.arrayContaining(['d1', 'd9a', 'd14', 'd23', 'd28a', 'd28b']));
    expect(edges.map((edge) => edge.id)).not.toContain('d25a'); // the neuron is not in the detailed map
  });

  it('adds composed arrows after model edges in the overview', () => {
    const edges = listViewEdges(model, findView(model, 'overview'));
    expect(edges.filter((edge) => !edge.composed).map((edge) => edge.id)).toEqual(['d26a', 'd26b', 'd26c']);
    expect(edges.find((edge) => edge.id === 's6')?.via).toHaveLength(7);
  });
});
