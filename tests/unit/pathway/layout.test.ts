import { describe, expect, it } from 'vitest';
import { viewIds } from '../../../src/pathway/ids';
import { layoutView, resolveStep } from '../../../src/pathway/layout';
import { findLayoutProblems } from '../../../src/pathway/layout-check';
import { loadPathwayModel } from '../../../src/pathway/load-model';
import { simulateScenario } from '../../../src/pathway/simulate';
import { defaultState, type DiagramState } from '../../../src/pathway/state';

const model = loadPathwayModel();
const layoutFor = (overrides: Partial<DiagramState>) => {
  const state = { ...defaultState, ...overrides };
  return layoutView(model, state, simulateScenario(model, state));
};

const scenarios: Array<Partial<DiagramState>> = [
  {},
  { ligands: ['lps', 'morphine'], drug: 'ldn', contested: true },
  { ligands: ['morphine'], drug: 'naltrexone50', cell: 'monocyte', step: 1 },
  { ligands: [], drug: 'plus-naltrexone', contested: true, step: 0 },
];

describe('layoutView', () => {
  it.each(viewIds)('is deterministic for the %s view', (view) => {
    expect(layoutFor({ view, drug: 'ldn', contested: true })).toEqual(layoutFor({ view, drug: 'ldn', contested: true }));
  });

  describe.each(viewIds)('the %s view', (view) => {
    it.each(scenarios)('has no overlapping glyphs, glyphs outside the viewBox or arrows through glyphs (%j)', (overrides) => {
      const layout = layoutFor({ view, ...overrides });
      expect(findLayoutProblems(layout)).toEqual([]);
      expect(layout.width).toBe(1000);
      expect(layout.height).toBe(720);
    });

    it('places every node inside the viewBox and rounds every number to 0.1', () => {
      const layout = layoutFor({ view });
      for (const node of layout.nodes) {
        expect(node.x - node.width / 2, node.id).toBeGreaterThanOrEqual(0);
        expect(node.y + node.height / 2, node.id).toBeLessThanOrEqual(layout.height);
      }
      const numbers = JSON.stringify(layout).match(/-?\d+\.\d+/g) ?? [];
      for (const value of numbers) expect(value, 'rounded').toMatch(/^-?\d+\.\d$/);
    });
  });

  it('draws inhibitions with T-bars and grade C arrows dashed', () => {
    const layout = layoutFor({ view: 'detailed', drug: 'ldn', contested: true });
    const edge = (id: string) => layout.edges.find((candidate) => candidate.id === id)!;
    expect(edge('d13')).toMatchObject({ marker: 'tbar', dashed: false });
    expect(edge('d14')).toMatchObject({ marker: 'tbar' });
    expect(edge('d28a')).toMatchObject({ marker: 'tbar', dashed: true, grade: 'C', inPlay: true, reached: true });
    expect(edge('d6')).toMatchObject({ marker: 'arrow', dashed: true, inPlay: true, reached: false });
    expect(edge('d1').path).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
  });

  it('marks nothing reached at step 0 except the stimulus, and everything reached at the end', () => {
    const start = layoutFor({ view: 'overview', step: 0 });
    expect(start.nodes.filter((node) => node.reached).map((node) => node.id)).toEqual(['lps']);
    expect(start.edges.some((edge) => edge.reached)).toBe(false);
    const end = layoutFor({ view: 'overview' });
    expect(end.step).toBe(end.stepCount - 1);
    expect(
      end.edges
        .filter((edge) => edge.reached)
        .map((edge) => edge.id)
        .sort(),
    ).toEqual(end.steps.flatMap((step) => step.edges).sort());
    expect(end.edges.filter((edge) => edge.reached).every((edge) => edge.inPlay)).toBe(true);
    expect(end.nodes.some((node) => node.current)).toBe(false);
  });

  it('highlights what changed in a chosen step', () => {
    const layout = layoutFor({ view: 'overview', step: 1 });
    expect(layout.edges.filter((edge) => edge.current).map((edge) => edge.id)).toEqual(['s1']);
    expect(layout.nodes.filter((node) => node.current).map((node) => node.id)).toEqual(['md2-tlr4']);
  });

  it('names the cell after the scenario', () => {
    expect(layoutFor({ view: 'detailed' }).cellLabel?.text).toBe('Microglion');
    expect(layoutFor({ view: 'detailed', cell: 'monocyte' }).cellLabel?.text).toBe('Human monocyte');
  });

  it('draws summary nodes with a second outline and wraps long labels', () => {
    const layout = layoutFor({ view: 'overview' });
    const node = (id: string) => layout.nodes.find((candidate) => candidate.id === id)!;
    expect(node('cytokines').shadowPath).toBeDefined();
    expect(node('myd88').shadowPath).toBeUndefined();
    expect(node('sensitization').lines.map((line) => line.text)).toEqual(['Central', 'sensitisation']);
  });

  it('resolves the step: last by default, clamped into range', () => {
    expect(resolveStep('last', 8)).toBe(7);
    expect(resolveStep(3, 8)).toBe(3);
    expect(resolveStep(30, 8)).toBe(7);
    expect(resolveStep(-2, 8)).toBe(0);
    expect(resolveStep('last', 1)).toBe(0);
  });
});
