import { describe, expect, it } from 'vitest';
import { describeState, stepNarration } from '../../../src/pathway/describe';
import { prepareDiagram } from '../../../src/pathway/diagram';
import { loadPathwayModel } from '../../../src/pathway/load-model';
import { defaultState, type DiagramState } from '../../../src/pathway/state';

const model = loadPathwayModel();
const prepare = (overrides: Partial<DiagramState>) => prepareDiagram(model, { ...defaultState, ...overrides });

describe('describeState', () => {
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

  it('is a pure function of model, state and layout', () => {
    const { state, layout } = prepare({ view: 'detailed', step: 5 });
    expect(describeState(model, state, layout)).toEqual(describeState(model, state, layout));
  });
});

describe('stepNarration', () => {
  it("gives every step the label and caption that the step's own description shows", () => {
    const { layout } = prepare({ view: 'overview', step: 0 });
    const narration = stepNarration(layout.steps);
    expect(narration).toHaveLength(layout.stepCount);
    for (const step of [0, 2, layout.stepCount - 1]) {
      const { description } = prepare({ view: 'overview', step });
      expect(narration[step]).toEqual({ label: description.stepLabel, caption: description.stepCaption });
    }
  });
});
