/**
 * describeState: the diagram in plain language, for the SVG <title>/<desc>, screen readers,
 * alt text, captions and exports. Accessible names start with the node's label, so a reader who
 * hears "TLR4, Toll-like receptor 4, active" recognises the box they see.
 */
import { activityInfo, type Activity } from './activity';
import type { DiagramLayout, LayoutEdge, LayoutNode } from './layout';
import type { PathwayModel } from './model';
import type { DiagramState } from './state';

export interface DiagramDescription {
  /** Short title: view and scenario, e.g. "Overview: LPS, no drug, microglia". */
  title: string;
  /** One paragraph describing the whole state (SVG <desc>, alt text, exports). */
  summary: string;
  /** Caption of the shown step. */
  stepCaption: string;
  /** "Step 3 of 12" (step 0 reads "Start, before signalling (step 0 of 12)"). */
  stepLabel: string;
  /** Accessible name of every node, by id. */
  nodeNames: Record<string, string>;
  /** Accessible name of every arrow, by id. */
  edgeNames: Record<string, string>;
}

const edgeVerb: Record<LayoutEdge['kind'], string> = {
  binds: 'binds',
  activates: 'activates',
  inhibits: 'inhibits',
  recruits: 'recruits',
  phosphorylates: 'phosphorylates',
  degrades: 'marks for destruction',
  translocates: 'moves into',
  transcribes: 'switches on',
  expresses: 'is expressed as',
  cleaves: 'cleaves to make',
  secretes: 'secretes',
};

const shortLigand: Record<string, string> = { lps: 'LPS', hmgb1: 'HMGB1', morphine: 'morphine' };
const shortDrug: Record<string, string> = {
  none: 'no drug',
  ldn: 'LDN 4.5 mg',
  naltrexone50: 'naltrexone 50 mg',
  'plus-naltrexone': '(+)-naltrexone',
};

function joinList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** "TLR4, Toll-like receptor 4, active" (the full name is skipped when it repeats the label). */
export function nodeAccessibleName(node: Pick<LayoutNode, 'label' | 'name' | 'activity'>): string {
  const name = node.name.toLowerCase() === node.label.toLowerCase() ? '' : `, ${node.name}`;
  return `${node.label}${name}, ${activityInfo[node.activity].word}`;
}

function edgeName(edge: LayoutEdge, labelOf: (id: string) => string): string {
  const status = !edge.inPlay ? 'not acting in this scenario' : edge.reached ? 'reached' : 'not yet reached';
  const contested = edge.grade === 'C' ? 'contested, ' : '';
  return `${labelOf(edge.source)} ${edgeVerb[edge.kind]} ${labelOf(edge.target)}; ${contested}evidence grade ${edge.grade}; ${status}`;
}

export function describeState(model: PathwayModel, state: DiagramState, layout: DiagramLayout): DiagramDescription {
  const view = model.views.find((candidate) => candidate.id === layout.viewId)!;
  const cell = model.scenarios.cells.find((option) => option.id === state.cell);
  const drug = model.scenarios.drugs.find((option) => option.id === state.drug);
  const ligands = state.ligands.map((id) => shortLigand[id] ?? id);
  const title = `${view.title}: ${ligands.length > 0 ? joinList(ligands) : 'no stimulus'}, ${shortDrug[state.drug] ?? state.drug}, ${
    state.cell === 'monocyte' ? 'human monocyte' : 'microglia'
  }${state.contested ? ', contested mechanisms on' : ''}`;

  const byState = (activity: Activity) => layout.nodes.filter((node) => node.activity === activity).map((node) => node.label);
  const groups = (['present', 'active', 'primed', 'reduced', 'blocked', 'degraded'] as const)
    .map((activity) => ({ activity, labels: byState(activity) }))
    .filter((group) => group.labels.length > 0)
    .map(
      ({ activity, labels }) =>
        `${activityInfo[activity].word[0]!.toUpperCase()}${activityInfo[activity].word.slice(1)}: ${joinList(labels)}.`,
    );
  const quiet = layout.nodes
    .filter((node) => node.activity === 'inactive' || node.activity === 'absent')
    .map((node) => node.label);
  const step = layout.steps[layout.step]!;
  const last = layout.stepCount - 1;
  const stepLabel = layout.step === 0 ? `Start, before signalling (step 0 of ${last})` : `Step ${layout.step} of ${last}`;
  const contested = layout.edges.filter((edge) => edge.grade === 'C').length;
  const summary = [
    `${view.title} diagram, a teaching model rather than a kinetic simulation. ${view.summary}`,
    `Scenario: ${ligands.length > 0 ? `${joinList(ligands)} present` : 'no stimulus'}; ${drug?.label ?? state.drug}; ${cell?.label ?? state.cell}; contested mechanisms ${state.contested ? 'on' : 'off'}.`,
    `Showing ${stepLabel.toLowerCase()}: ${step.caption}`,
    ...groups,
    quiet.length > 0 ? `Not reached or not present: ${joinList(quiet)}.` : '',
    contested > 0 ? `${contested} contested (grade C) ${contested === 1 ? 'arrow is' : 'arrows are'} drawn dashed.` : '',
  ]
    .filter(Boolean)
    .join(' ');

  const labelOf = (id: string) => layout.nodes.find((node) => node.id === id)?.label ?? id;
  return {
    title,
    summary,
    stepCaption: step.caption,
    stepLabel,
    nodeNames: Object.fromEntries(layout.nodes.map((node) => [node.id, nodeAccessibleName(node)])),
    edgeNames: Object.fromEntries(layout.edges.map((edge) => [edge.id, edgeName(edge, labelOf)])),
  };
}
