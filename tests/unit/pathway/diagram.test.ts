import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { idleTimeoutMs, prepareDiagram, prepareWhenIdle, simulateInSlices, simulateOnce } from '../../../src/pathway/diagram';
import { simulateScenario } from '../../../src/pathway/simulate';
import { layoutView } from '../../../src/pathway/layout';
import { loadPathwayModel } from '../../../src/pathway/load-model';
import { defaultState, parseState } from '../../../src/pathway/state';

const model = loadPathwayModel();

// Counted, to see when a drawing is made.
vi.mock('../../../src/pathway/layout', async (original) => {
  const layout = await original<typeof import('../../../src/pathway/layout')>();
  return { ...layout, layoutView: vi.fn(layout.layoutView) };
});

describe('prepareDiagram', () => {
  it('clamps a step past the end, with a notice, and lays out that step', () => {
    const { state, notices, layout, description } = prepareDiagram(model, { ...defaultState, step: 99 });
    expect(state.step).toBe(layout.stepCount - 1);
    expect(notices.map((notice) => notice.param)).toEqual(['step']);
    expect(layout.step).toBe(layout.stepCount - 1);
    expect(description.stepLabel).toBe(`Step ${layout.stepCount - 1} of ${layout.stepCount - 1}`);
  });

  it('runs the whole pipeline from a URL', () => {
    const { state } = parseState('view=sensitization&ligand=hmgb1&contested=1&step=2');
    const prepared = prepareDiagram(model, state);
    expect(prepared.notices).toEqual([]);
    expect(prepared.layout.viewId).toBe('sensitization');
    expect(prepared.simulation.scenario.ligands).toEqual(['hmgb1']);
    expect(prepared.description.title).toBe('Central sensitisation: HMGB1, no drug, microglia, contested mechanisms on');
  });
});

describe('prepareDiagram across steps', () => {
  it('gives every step the same simulation (it does not change with the step) and the same result as a fresh model would', () => {
    const state = { ...defaultState, view: 'detailed' as const, ligands: ['lps' as const, 'morphine' as const], contested: true };
    const first = prepareDiagram(model, { ...state, step: 1 });
    const second = prepareDiagram(model, { ...state, step: 2 });
    expect(second.simulation).toBe(first.simulation);
    const fresh = prepareDiagram(structuredClone(model), { ...state, step: 2 });
    expect(second.layout).toEqual(fresh.layout);
    expect(second.description).toEqual(fresh.description);
    expect(prepareDiagram(model, { ...state, drug: 'ldn', step: 2 }).simulation).not.toBe(first.simulation);
  });
});

describe('prepareDiagram for a state it prepared lately', () => {
  it('returns the same result (what a staged island warmed is what hydration draws), and a new one for another step', () => {
    const state = { ...defaultState, view: 'detailed' as const, ligands: ['lps' as const], step: 2 };
    const warmed = prepareDiagram(model, state);
    expect(prepareDiagram(model, { ...state, ligands: ['lps'] })).toBe(warmed);
    const next = prepareDiagram(model, { ...state, step: 3 });
    expect(next).not.toBe(warmed);
    expect(next.layout.step).toBe(3);
  });
});

describe('simulateInSlices', () => {
  const state = { ...defaultState, view: 'detailed' as const, ligands: ['lps' as const, 'hmgb1' as const], contested: true };
  const scenario = { ligands: state.ligands, drug: state.drug, cell: state.cell, contested: state.contested };
  const pausesOf = (run: Generator<void, void, void>) => {
    let pauses = 0;
    while (!run.next().done) pauses += 1;
    return pauses;
  };

  it('pauses between slices (after every step when a slice has no time) and keeps the simulation for simulateOnce', () => {
    const model = loadPathwayModel();
    const steps = simulateScenario(model, scenario).steps.length;
    expect(pausesOf(simulateInSlices(model, state, 0))).toBe(steps);
    const kept = simulateOnce(model, state);
    expect(kept).toEqual(simulateScenario(model, scenario));
    expect(prepareDiagram(model, state).simulation).toBe(kept);
  });

  it('does the work in one piece when a slice has time for it, and none for a scenario already simulated', () => {
    const model = loadPathwayModel();
    expect(pausesOf(simulateInSlices(model, state, Infinity))).toBe(0);
    const kept = simulateOnce(model, state);
    expect(pausesOf(simulateInSlices(model, state, 0))).toBe(0);
    expect(simulateOnce(model, state)).toBe(kept);
  });
});

describe('prepareWhenIdle', () => {
  const state = { ...defaultState, view: 'opioid' as const, step: 3 };
  const idleTasks: (() => void)[] = [];
  const idleOptions: (IdleRequestOptions | undefined)[] = [];
  const runIdleTasks = () => idleTasks.splice(0).forEach((task) => task());
  const layoutsMade = () => vi.mocked(layoutView).mock.calls.length;

  beforeEach(() =>
    vi.stubGlobal('requestIdleCallback', (task: () => void, options?: IdleRequestOptions) => {
      idleTasks.push(task);
      idleOptions.push(options);
    }),
  );
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('asks for a deadline: the drawing is made even when the browser holds idle time back', () => {
    prepareWhenIdle(loadPathwayModel(), state)();
    expect(idleOptions.at(-1)?.timeout).toBe(idleTimeoutMs);
    expect(idleTimeoutMs).toBeLessThanOrEqual(200);
  });

  it('without requestIdleCallback (Safari), draws after the same deadline', () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    vi.useFakeTimers();
    const model = loadPathwayModel();
    const later = { ...state, step: 4 };
    prepareWhenIdle(model, later);
    const before = layoutsMade();
    vi.advanceTimersByTime(idleTimeoutMs - 1);
    expect(layoutsMade()).toBe(before);
    vi.advanceTimersByTime(1);
    expect(layoutsMade()).toBe(before + 1);
  });

  it('lays the state out when the browser is idle, so that going there lays out nothing', () => {
    const model = loadPathwayModel();
    prepareWhenIdle(model, state);
    const before = layoutsMade();
    runIdleTasks();
    expect(layoutsMade()).toBe(before + 1);
    expect(prepareDiagram(model, state).layout.step).toBe(3);
    expect(layoutsMade()).toBe(before + 1);
  });

  it('does nothing once called off (the reader went elsewhere first)', () => {
    const model = loadPathwayModel();
    prepareWhenIdle(model, state)();
    const before = layoutsMade();
    runIdleTasks();
    expect(layoutsMade()).toBe(before);
  });
});
