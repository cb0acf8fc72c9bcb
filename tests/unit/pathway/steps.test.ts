import { describe, expect, it } from 'vitest';
import { viewIds } from '../../../src/pathway/ids';
import { loadPathwayModel } from '../../../src/pathway/load-model';
import type { Scenario } from '../../../src/pathway/scenario';
import { simulateScenario } from '../../../src/pathway/simulate';
import { projectSteps } from '../../../src/pathway/steps';

const model = loadPathwayModel();
const simulate = (overrides: Partial<Scenario> = {}) =>
  simulateScenario(model, { ligands: ['lps'], drug: 'none', cell: 'microglia', contested: false, ...overrides });

describe('projectSteps', () => {
  it('gives the overview fewer, fuller steps than the detailed map', () => {
    const simulation = simulate();
    const overview = projectSteps(model, 'overview', simulation);
    const detailed = projectSteps(model, 'detailed', simulation);
    expect(detailed).toHaveLength(simulation.steps.length - 1); // D25 reaches the neuron, not drawn in the detailed map
    expect(overview.length).toBeLessThan(detailed.length);
    expect(overview.map((step) => step.edges)).toEqual([[], ['s1'], ['s4'], ['s6'], ['s5'], ['s8'], ['s7'], ['s9'], ['s10']]);
    expect(overview[1]!.caption).toBe('LPS, handed on by LBP and CD14, lodges in MD-2 and switches TLR4 on.');
    expect(overview[1]!.modelSteps).toEqual([1, 2, 3, 4]);
  });

  it.each(viewIds)('ends the %s view on the final state of the simulation', (view) => {
    for (const overrides of [{}, { ligands: ['morphine'] as Scenario['ligands'], drug: 'ldn' as const, contested: true }]) {
      const simulation = simulate(overrides);
      const steps = projectSteps(model, view, simulation);
      expect(steps[0]!.caption).toBe(simulation.steps[0]!.caption);
      expect(steps.at(-1)!.activity).toEqual(simulation.activity);
      expect(steps.map((step) => step.index)).toEqual(steps.map((_, i) => i));
    }
  });

  it('names reduced nodes in the caption of a drug scenario', () => {
    const steps = projectSteps(model, 'overview', simulate({ drug: 'ldn', contested: true }));
    const trif = steps.find((step) => step.edges.includes('s5'))!;
    expect(trif.caption).toMatch(/In this scenario TRIF is reduced\.$/);
    expect(trif.grades).toEqual(['A']);
    expect(steps[1]!.edges).toEqual(['s11']);
  });

  it('keeps a scenario with nothing present at step 0 only', () => {
    expect(projectSteps(model, 'detailed', simulate({ ligands: [] }))).toHaveLength(1);
  });
});
