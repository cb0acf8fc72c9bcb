import { describe, expect, it } from 'vitest';
import { readReferenceIds } from '../../../src/content/references';
import { loadPathwayModel } from '../../../src/pathway/load-model';
import { loadPredictions } from '../../../src/pathway/load-predictions';
import { predictionSchema } from '../../../src/pathway/prediction-schema';
import { predictionForStep } from '../../../src/pathway/predictions';
import { simulateScenario } from '../../../src/pathway/simulate';
import { defaultState, type DiagramState } from '../../../src/pathway/state';
import { projectSteps } from '../../../src/pathway/steps';

const referenceIds = readReferenceIds();
const model = loadPathwayModel(referenceIds);
const predictions = loadPredictions(model, referenceIds);

const good = {
  id: 'ikk-releases-nfkb',
  beforeEdge: 'd13',
  question: 'What happens to IκBα when IKK phosphorylates it?',
  options: [
    { text: 'It is destroyed', correct: true, feedback: 'Right: phosphorylation marks it for destruction.' },
    { text: 'It is activated', feedback: 'No: phosphorylation here is a destruction signal.' },
  ],
  explanation: 'IκBα is ubiquitinated and degraded, which frees NF-κB.',
  refs: ['reactome-ikk'],
};

function messages(input: unknown): string {
  const result = predictionSchema.safeParse(input);
  return result.success ? '' : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n');
}

describe('predictionSchema', () => {
  it('accepts a good prediction', () => expect(messages(good)).toBe(''));

  it.each([
    [
      'no correct option',
      { ...good, options: good.options.map((option) => ({ ...option, correct: false })) },
      /exactly one answer with correct: true/,
    ],
    ['one option only', { ...good, options: [good.options[0]] }, /options needs 2 to 4 answers/],
    ['an unknown view', { ...good, views: ['sideways'] }, /views must list ids from: overview/],
    ['a misspelt field', { ...good, qestion: 'x' }, /unknown field "qestion"/],
    ['no references', { ...good, refs: [] }, /refs needs at least one reference key/],
  ])('rejects %s', (_name, input, pattern) => expect(messages(input)).toMatch(pattern));
});

describe('the predictions in content/', () => {
  it('load, with edges and references that resolve', () => {
    expect(predictions.length).toBeGreaterThanOrEqual(5);
  });
});

describe('predictionForStep', () => {
  const stepsFor = (state: DiagramState) => {
    const simulation = simulateScenario(model, state);
    return { simulation, steps: projectSteps(model, state.view, simulation) };
  };

  it('asks about IκBα at the detailed step where IKK acts, and nowhere else in that view', () => {
    const state = { ...defaultState, view: 'detailed' as const };
    const { simulation, steps } = stepsFor(state);
    const asked = steps.map((_, index) => predictionForStep(predictions, 'detailed', steps, simulation, index)?.id);
    const at = asked.indexOf('ikk-releases-nfkb');
    expect(at).toBeGreaterThan(0);
    expect(steps[at]!.modelSteps.flatMap((index) => simulation.steps[index]!.edges)).toContain('d13');
    expect(asked.filter((id) => id === 'ikk-releases-nfkb')).toHaveLength(1);
  });

  it('never asks at step 0, and asks nothing when no ligand reaches the receptor', () => {
    const { simulation, steps } = stepsFor({ ...defaultState, view: 'detailed', ligands: [] });
    expect(steps.map((_, index) => predictionForStep(predictions, 'detailed', steps, simulation, index)).filter(Boolean)).toEqual(
      [],
    );
    const lps = stepsFor({ ...defaultState, view: 'detailed' });
    expect(predictionForStep(predictions, 'detailed', lps.steps, lps.simulation, 0)).toBeUndefined();
  });

  it('finds a prediction in the overview too, where detailed steps are folded together', () => {
    const { simulation, steps } = stepsFor(defaultState);
    const asked = steps.map((_, index) => predictionForStep(predictions, 'overview', steps, simulation, index)).filter(Boolean);
    expect(asked.length).toBeGreaterThan(0);
  });
});
