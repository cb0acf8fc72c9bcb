import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../src/pathway/activity';
import { loadPathwayModel } from '../../../src/pathway/load-model';
import { modelRules } from '../../../src/pathway/rules';
import type { Scenario } from '../../../src/pathway/scenario';
import { simulateScenario, simulationSteps } from '../../../src/pathway/simulate';

const model = loadPathwayModel();
const scenario = (overrides: Partial<Scenario>): Scenario => ({
  ligands: ['lps'],
  drug: 'none',
  cell: 'microglia',
  contested: false,
  ...overrides,
});
const run = (overrides: Partial<Scenario>) => simulateScenario(model, scenario(overrides));

const signalling = model.nodes
  .filter((node) => !node.members && node.kind !== 'ligand' && node.kind !== 'drug')
  .map((node) => node.id);

describe('simulateScenario', () => {
  const table: Array<[string, Partial<Scenario>, Record<string, Activity>]> = [
    [
      'LPS: both arms, NF-κB, IRF3 and the outputs',
      {},
      {
        lps: 'present',
        tlr4: 'active',
        tirap: 'active',
        myd88: 'active',
        trif: 'active',
        tram: 'active',
        'tlr4-endo': 'active',
        ikba: 'degraded',
        nfkb: 'active',
        irf3: 'active',
        tnf: 'active',
        il6: 'active',
        il1b: 'primed',
        nlrp3: 'primed',
        ifnb: 'active',
        isg: 'active',
        sensitization: 'active',
        oprm1: 'inactive',
        analgesia: 'inactive',
        cytokines: 'active',
      },
    ],
    [
      'HMGB1 (grade B) switches TLR4 on without LBP or CD14',
      { ligands: ['hmgb1'] },
      { hmgb1: 'present', lbp: 'inactive', cd14: 'inactive', tlr4: 'active', nfkb: 'active', lps: 'absent' },
    ],
    [
      'morphine, contested off: μ-opioid receptor path only',
      { ligands: ['morphine'] },
      {
        morphine: 'present',
        oprm1: 'active',
        analgesia: 'active',
        tolerance: 'active',
        md2: 'inactive',
        tlr4: 'inactive',
        nfkb: 'inactive',
        sensitization: 'inactive',
      },
    ],
    [
      'morphine, contested on: TLR4 as well',
      { ligands: ['morphine'], contested: true },
      {
        oprm1: 'active',
        analgesia: 'active',
        md2: 'active',
        tlr4: 'active',
        nfkb: 'active',
        tnf: 'active',
        sensitization: 'active',
      },
    ],
    [
      'LDN + LPS, contested on: TRIF–IRF3 arm reduced, NF-κB arm unchanged',
      { drug: 'ldn', contested: true },
      {
        naltrexone: 'present',
        tlr4: 'active',
        myd88: 'active',
        nfkb: 'active',
        tnf: 'active',
        'tlr4-endo': 'reduced',
        tram: 'reduced',
        trif: 'reduced',
        traf3: 'reduced',
        tbk1: 'reduced',
        irf3: 'reduced',
        ifnb: 'reduced',
        isg: 'reduced',
        'irf3-ifnb': 'reduced',
        'md2-tlr4': 'active',
        enkephalin: 'active',
      },
    ],
    [
      'LDN + LPS, contested off: no TLR4 effect, no rebound',
      { drug: 'ldn' },
      { trif: 'active', irf3: 'active', ifnb: 'active', enkephalin: 'inactive' },
    ],
    [
      'naltrexone 50 mg + LPS in human monocytes, contested on: no TLR4 effect (Cant 2017)',
      { drug: 'naltrexone50', cell: 'monocyte', contested: true },
      {
        trif: 'active',
        irf3: 'active',
        ifnb: 'active',
        nfkb: 'active',
        tnf: 'active',
        sensitization: 'inactive',
        enkephalin: 'inactive',
      },
    ],
    [
      'naltrexone 50 mg + LPS in microglia, contested on: TRIF arm reduced',
      { drug: 'naltrexone50', contested: true },
      { trif: 'reduced', irf3: 'reduced', nfkb: 'active', enkephalin: 'inactive' },
    ],
    [
      'naltrexone 50 mg + morphine: analgesia blocked',
      { ligands: ['morphine'], drug: 'naltrexone50' },
      { oprm1: 'blocked', analgesia: 'blocked', tolerance: 'blocked' },
    ],
    ['LDN + morphine: the block is partial', { ligands: ['morphine'], drug: 'ldn' }, { oprm1: 'reduced', analgesia: 'reduced' }],
    [
      '(+)-naltrexone + morphine: opioid receptors untouched',
      { ligands: ['morphine'], drug: 'plus-naltrexone', contested: true },
      {
        oprm1: 'active',
        analgesia: 'active',
        'plus-naltrexone': 'present',
        naltrexone: 'absent',
        trif: 'reduced',
        nfkb: 'active',
      },
    ],
    ['(+)-naltrexone + LPS, contested off: no effect at all', { drug: 'plus-naltrexone' }, { trif: 'active', irf3: 'active' }],
    [
      'naltrexone alone: nothing to block, so the receptor stays inactive',
      { ligands: [], drug: 'naltrexone50' },
      { naltrexone: 'present', oprm1: 'inactive', analgesia: 'inactive', tlr4: 'inactive' },
    ],
  ];

  it.each(table)('%s', (_name, overrides, expected) => {
    const { activity } = run(overrides);
    for (const [id, state] of Object.entries(expected)) expect(`${id}=${activity[id]}`).toBe(`${id}=${state}`);
  });

  it('leaves everything at rest without a stimulus (IκBα holding NF-κB is the one active node)', () => {
    const simulation = run({ ligands: [] });
    expect(simulation.steps).toHaveLength(1);
    const active = signalling.filter((id) => simulation.activity[id] !== 'inactive');
    expect(active).toEqual(['ikba']);
    expect(simulation.activity.ikba).toBe('active');
    expect(simulation.steps[0]!.caption).toMatch(/Nothing is present/);
  });

  it('orders steps from the stimulus to the output', () => {
    const { steps } = run({});
    expect(steps[0]).toMatchObject({ index: 0, edges: [], changed: [] });
    expect(steps[0]!.caption).toMatch(/^Before anything happens: LPS/);
    const rows = steps.slice(1).map((step) => step.rows[0]);
    expect(rows.slice(0, 4)).toEqual(['D1', 'D2', 'D3', 'D4']);
    const at = (row: string) => rows.indexOf(row);
    expect(at('D7')).toBeLessThan(at('D15')); // plasma-membrane arm before the endosome (Kagan 2008)
    expect(at('D13')).toBeLessThan(at('D14')); // IκBα destroyed before NF-κB is free
    expect(at('D14')).toBeLessThan(at('D21'));
    expect(rows.at(-1)).toBe('D25');
    expect(steps.map((step) => step.index)).toEqual(steps.map((_, i) => i));
  });

  it('fires a chain from one evidence row as one step (D9: MyD88 → IRAK4 → IRAK1/2)', () => {
    const step = run({}).steps.find((candidate) => candidate.rows.includes('D9'))!;
    expect(step.edges).toEqual(['d9a', 'd9b']);
    expect(step.changed).toEqual(['irak4', 'irak1']);
    expect(step.caption).toBe('MyD88 stacks up with IRAK4 into the Myddosome, which switches on IRAK1 and IRAK2.');
  });

  it('models the IκBα double negative explicitly', () => {
    const { steps } = run({});
    const d13 = steps.find((step) => step.rows.includes('D13'))!;
    const d14 = steps.find((step) => step.rows.includes('D14'))!;
    expect(d13.activity.ikba).toBe('degraded');
    expect(d13.activity.nfkb).toBe('inactive');
    expect(d14.activity.nfkb).toBe('active');
  });

  it('keeps IL-1β primed and says it needs a second signal', () => {
    const simulation = run({});
    expect(simulation.activity.il1b).toBe('primed');
    expect(simulation.steps.some((step) => step.edges.includes('d23'))).toBe(false);
    expect(simulation.notes.map((note) => note.id)).toContain('signal-2');
  });

  it('applies the drug first and names what it blocks in the caption', () => {
    const { steps } = run({ ligands: ['morphine'], drug: 'naltrexone50' });
    expect(steps[1]!.rows).toEqual(['D27']);
    expect(steps[2]!.caption).toMatch(/In this scenario MOR, Analgesia and Tolerance\/OIH are blocked\.$/);
  });

  it('lets grade C edges act only when contested mechanisms are on', () => {
    const off = run({ ligands: ['morphine'], drug: 'ldn' });
    const on = run({ ligands: ['morphine'], drug: 'ldn', contested: true });
    const contested = model.edges.filter((edge) => edge.grade === 'C').map((edge) => edge.id);
    expect(off.inPlay.filter((id) => contested.includes(id))).toEqual([]);
    expect(on.inPlay).toEqual(expect.arrayContaining(['d6', 'd28a', 'd29']));
    expect(off.notes.map((note) => note.id)).toEqual(expect.arrayContaining(['morphine-mor-only', 'naltrexone-tlr4-off']));
  });

  it('explains the monocyte scenario', () => {
    const notes = run({ drug: 'ldn', cell: 'monocyte', contested: true }).notes.map((note) => note.id);
    expect(notes).toEqual(expect.arrayContaining(['monocyte-no-effect', 'monocyte-no-synapse']));
  });

  it('is deterministic', () => {
    expect(run({ ligands: ['lps', 'morphine'], drug: 'ldn', contested: true })).toEqual(
      run({ ligands: ['lps', 'morphine'], drug: 'ldn', contested: true }),
    );
  });

  it('publishes its rules as data, each with resolvable references', () => {
    const known = new Set(
      model.nodes.flatMap((node) => node.refs).concat(model.edges.flatMap((edge) => [...edge.refs, ...edge.against])),
    );
    expect(modelRules.length).toBeGreaterThanOrEqual(8);
    expect(modelRules[0]!.title).toMatch(/teaching model, not a kinetic simulation/);
    for (const rule of modelRules) for (const key of rule.refs) expect(known.has(key), `${rule.id}: ${key}`).toBe(true);
  });
});

describe('simulationSteps', () => {
  it('pauses once after each step of the story (step 0 too) and returns what simulateScenario returns', () => {
    const model = loadPathwayModel();
    const scenario: Scenario = { ligands: ['lps', 'morphine'], drug: 'ldn', cell: 'microglia', contested: true };
    const run = simulationSteps(model, scenario);
    let pauses = 0;
    let next = run.next();
    for (; !next.done; next = run.next()) pauses += 1;
    expect(next.value).toEqual(simulateScenario(model, scenario));
    expect(pauses).toBe(next.value.steps.length);
  });
});
