/**
 * describeState: the diagram in plain language, for the SVG <title>/<desc>, screen readers,
 * alt text, captions and exports. The nodes' and arrows' own names are in names.ts.
 */
import { activityInfo, type Activity } from './activity';
import { joinLabels } from './captions';
import type { DiagramLayout } from './layout';
import type { PathwayModel } from './model';
import type { DiagramState } from './state';
import type { ViewStep } from './steps';

export interface DiagramDescription {
  /** Short title: view and scenario, e.g. "Overview: LPS, no drug, microglia". */
  title: string;
  /** One paragraph describing the whole state (SVG <desc>, alt text, exports). */
  summary: string;
  /** Caption of the shown step. */
  stepCaption: string;
  /** "Step 3 of 12" (step 0 reads "Start, before signalling (step 0 of 12)"). */
  stepLabel: string;
}

const shortLigand: Record<string, string> = { lps: 'LPS', hmgb1: 'HMGB1', morphine: 'morphine' };
const shortDrug: Record<string, string> = {
  none: 'no drug',
  ldn: 'LDN 4.5 mg',
  naltrexone50: 'naltrexone 50 mg',
  'plus-naltrexone': '(+)-naltrexone',
};

/** "Step 3 of 12"; step 0 reads "Start, before signalling (step 0 of 12)". */
export function stepLabelOf(step: number, last: number): string {
  return step ? `Step ${step} of ${last}` : `Start, before signalling (step 0 of ${last})`;
}

/** A step's label and caption, as a narration or a slide shows them. */
export interface StepWords {
  label: string;
  caption: string;
}

/** Every step's words, e.g. for the room a narration keeps whichever step it shows. */
export function stepNarration(steps: ReadonlyArray<Pick<ViewStep, 'caption'>>): StepWords[] {
  return steps.map((step, i) => ({ label: stepLabelOf(i, steps.length - 1), caption: step.caption }));
}

export function describeState(model: PathwayModel, state: DiagramState, layout: DiagramLayout): DiagramDescription {
  const view = model.views.find((candidate) => candidate.id === layout.viewId)!;
  const cell = model.scenarios.cells.find((option) => option.id === state.cell);
  const drug = model.scenarios.drugs.find((option) => option.id === state.drug);
  const ligands = state.ligands.map((id) => shortLigand[id] ?? id);
  const title = `${view.title}: ${ligands.length > 0 ? joinLabels(ligands) : 'no stimulus'}, ${shortDrug[state.drug] ?? state.drug}, ${
    state.cell === 'monocyte' ? 'human monocyte' : 'microglia'
  }${state.contested ? ', contested mechanisms on' : ''}`;

  const byState = (activity: Activity) => layout.nodes.filter((node) => node.activity === activity).map((node) => node.label);
  const groups = (['present', 'active', 'primed', 'reduced', 'blocked', 'degraded'] as const)
    .map((activity) => ({ activity, labels: byState(activity) }))
    .filter((group) => group.labels.length > 0)
    .map(
      ({ activity, labels }) =>
        `${activityInfo[activity].word[0]!.toUpperCase()}${activityInfo[activity].word.slice(1)}: ${joinLabels(labels)}.`,
    );
  const quiet = layout.nodes
    .filter((node) => node.activity === 'inactive' || node.activity === 'absent')
    .map((node) => node.label);
  const step = layout.steps[layout.step]!;
  const stepLabel = stepLabelOf(layout.step, layout.stepCount - 1);
  const contested = layout.edges.filter((edge) => edge.grade === 'C').length;
  const summary = [
    `${view.title} diagram, a teaching model rather than a kinetic simulation. ${view.summary}`,
    `Scenario: ${ligands.length > 0 ? `${joinLabels(ligands)} present` : 'no stimulus'}; ${drug?.label ?? state.drug}; ${cell?.label ?? state.cell}; contested mechanisms ${state.contested ? 'on' : 'off'}.`,
    `Showing ${stepLabel.toLowerCase()}: ${step.caption}`,
    ...groups,
    quiet.length > 0 ? `Not reached or not present: ${joinLabels(quiet)}.` : '',
    contested > 0 ? `${contested} contested (grade C) ${contested === 1 ? 'arrow is' : 'arrows are'} drawn dashed.` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return {
    title,
    summary,
    stepCaption: step.caption,
    stepLabel,
  };
}
