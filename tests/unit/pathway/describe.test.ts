import { describe, expect, it } from 'vitest';
import { describeState, nodeAccessibleName } from '../../../src/pathway/describe';
import { prepareDiagram } from '../../../src/pathway/diagram';
import { viewIds } from '../../../src/pathway/ids';
import { loadPathwayModel } from '../../../src/pathway/load-model';
import { defaultState, type DiagramState } from '../../../src/pathway/state';

const model = loadPathwayModel();
const prepare = (overrides: Partial<DiagramState>) => prepareDiagram(model, { ...defaultState, ...overrides });

describe('describeState', () => {
  it.each(viewIds)('starts every accessible name in the %s view with the node label', (view) => {
    const { layout, description } = prepare({ view, drug: 'ldn', contested: true });
    for (const node of layout.nodes) {
      expect(description.nodeNames[node.id]!.startsWith(`${node.label}, `), node.id).toBe(true);
      expect(description.nodeNames[node.id]!.endsWith(node.word)).toBe(true);
    }
  });

  const names: Array<[Partial<DiagramState>, string, string]> = [
    [{ view: 'detailed' }, 'tlr4', 'TLR4, Toll-like receptor 4, active'],
    [{ view: 'detailed' }, 'ikba', 'IκBα, NF-κB inhibitor alpha, degraded'],
    [{ view: 'detailed' }, 'il1b', 'IL-1β, Interleukin-1β, primed, waiting for a second signal'],
    [{ view: 'detailed', drug: 'ldn', contested: true }, 'irf3', 'IRF3, Interferon regulatory factor 3, reduced'],
    [{ view: 'opioid', ligands: ['morphine'], drug: 'naltrexone50' }, 'oprm1', 'MOR, μ-opioid receptor (OPRM1), blocked'],
    [{ view: 'overview', step: 0 }, 'lps', 'LPS, Lipopolysaccharide (bacterial endotoxin), present'],
    [{ view: 'overview', step: 0 }, 'hmgb1', 'HMGB1, High-mobility group box 1, a danger signal (DAMP), not present'],
  ];
  it.each(names)('names nodes plainly: %j %s', (overrides, id, expected) => {
    expect(prepare(overrides).description.nodeNames[id]).toBe(expected);
  });

  it('skips a full name that repeats the label', () => {
    expect(nodeAccessibleName({ label: 'Analgesia', name: 'analgesia', activity: 'blocked' })).toBe('Analgesia, blocked');
  });

  it('labels and captions the step', () => {
    const start = prepare({ view: 'overview', step: 0 });
    expect(start.description.stepLabel).toBe(`Start, before signalling (step 0 of ${start.layout.stepCount - 1})`);
    expect(start.description.stepCaption).toBe('Before anything happens: LPS (bacterial endotoxin) is present.');
    const second = prepare({ view: 'overview', step: 2 });
    expect(second.description.stepLabel).toBe(`Step 2 of ${second.layout.stepCount - 1}`);
    expect(second.description.stepCaption).toBe('At the plasma membrane the receptor recruits MyD88 through the adaptor TIRAP.');
  });

  it('writes a title and one paragraph that say what is shown', () => {
    const { description } = prepare({ view: 'opioid', ligands: ['lps', 'morphine'], drug: 'ldn', contested: true });
    expect(description.title).toBe('Opioids and naltrexone: LPS and morphine, LDN 4.5 mg, microglia, contested mechanisms on');
    expect(description.summary).toMatch(/^Opioids and naltrexone diagram, a teaching model rather than a kinetic simulation\./);
    expect(description.summary).toMatch(
      /Scenario: LPS and morphine present; Low-dose naltrexone \(LDN, 4\.5 mg\); Microglia \(spinal cord\); contested mechanisms on\./,
    );
    expect(description.summary).toMatch(/Reduced: TRIF, MOR, Analgesia and Tolerance\/OIH\./);
    expect(description.summary).toMatch(/contested \(grade C\) arrows are drawn dashed/);
    expect(description.summary).not.toMatch(/\n/);
  });

  it('names arrows with their evidence grade and status', () => {
    const { description } = prepare({ view: 'overview' });
    expect(description.edgeNames.s3).toBe(
      'Morphine activates MD-2·TLR4; contested, evidence grade C; not acting in this scenario',
    );
    expect(description.edgeNames.s1).toBe('LPS activates MD-2·TLR4; evidence grade A; reached');
  });

  it('is a pure function of model, state and layout', () => {
    const { state, layout } = prepare({ view: 'detailed', step: 5 });
    expect(describeState(model, state, layout)).toEqual(describeState(model, state, layout));
  });
});
