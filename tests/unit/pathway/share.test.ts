import { describe, expect, it } from 'vitest';
import { layoutView } from '../../../src/pathway/layout';
import { loadPathwayModel } from '../../../src/pathway/load-model';
import { shareUnchanged } from '../../../src/pathway/share';
import { simulateScenario } from '../../../src/pathway/simulate';
import { defaultState, type DiagramState } from '../../../src/pathway/state';

const model = loadPathwayModel();
const layoutOf = (overrides: Partial<DiagramState>) => {
  const state = { ...defaultState, ...overrides };
  return layoutView(model, state, simulateScenario(model, state));
};

describe('shareUnchanged', () => {
  it('keeps the previous object of every node and edge a step left alone, and only those', () => {
    const before = layoutOf({ view: 'detailed', step: 4 });
    const fresh = layoutOf({ view: 'detailed', step: 5 });
    const shared = shareUnchanged(before, fresh);
    expect(shared).toEqual(fresh);
    let kept = 0;
    for (const [i, node] of shared.nodes.entries()) {
      const same = JSON.stringify(before.nodes[i]) === JSON.stringify(fresh.nodes[i]);
      expect(node, node.id).toBe(same ? before.nodes[i] : fresh.nodes[i]);
      if (same) kept += 1;
    }
    for (const [i, edge] of shared.edges.entries()) {
      expect(edge, edge.id).toBe(
        JSON.stringify(before.edges[i]) === JSON.stringify(fresh.edges[i]) ? before.edges[i] : fresh.edges[i],
      );
    }
    // A step changes a few nodes: most are kept, some are new.
    expect(kept).toBeGreaterThan(shared.nodes.length / 2);
    expect(kept).toBeLessThan(shared.nodes.length);
  });

  it('shares nothing with another view or with no previous layout', () => {
    const fresh = layoutOf({ view: 'overview' });
    for (const previous of [layoutOf({ view: 'detailed' }), undefined]) {
      const shared = shareUnchanged(previous, fresh);
      expect(shared).toEqual(fresh);
      shared.nodes.forEach((node, i) => expect(node).toBe(fresh.nodes[i]));
      shared.edges.forEach((edge, i) => expect(edge).toBe(fresh.edges[i]));
    }
  });

  it('does not change the layout it shares from', () => {
    const before = layoutOf({ view: 'overview', step: 1 });
    const copy = structuredClone(before);
    shareUnchanged(before, layoutOf({ view: 'overview', step: 2 }));
    expect(before).toEqual(copy);
  });
});
