/**
 * simulateScenario: a qualitative, rule-based walk through the model: a teaching model, not a
 * kinetic simulation. The rules (also exported as data in rules.ts, for the site to show):
 *
 *  1. Step 0: the chosen stimuli and drug are `present`; scenario options not chosen are `absent`;
 *     every other node is at rest (`inactive`, except IκBα, which is `active` at rest).
 *  2. An edge acts ("is in play") unless it is grade C and contested mechanisms are off, or its
 *     `when` restricts it to other cells or drug regimens.
 *  3. An edge fires once its source has left its resting state and is signalling
 *     (present, active, reduced, blocked or degraded). A primed node does not fire.
 *  4. Positive edges pass present/active on as active, reduced as reduced, blocked as blocked;
 *     the strongest input wins. An edge with `yields: primed` makes its target `primed`.
 *  5. `degrades` makes its target `degraded`. `inhibits` from a present/active source caps the
 *     target at `blocked` (strength full) or `reduced` (partial; a partial drug regimen such as LDN
 *     makes every one of its inhibitions partial). A target nothing switches on stays inactive.
 *  6. Double negative: `inhibits` from a degraded source releases its target, which becomes
 *     active (IKK ⊣ IκBα ⊣ NF-κB).
 *  7. Order: edges from the drug fire first, then edges from the stimuli (each stimulus meeting
 *     its receptor), then, repeatedly, the ready edges of the lowest EVIDENCE.md row, together with
 *     every edge of that row that becomes ready meanwhile (chains such as D9 are one step).
 *  8. Summary nodes (overview) take the strongest state of their members.
 */
import { isSignalling, levelRank, type Activity, type Level } from './activity';
import { captionWithChanges, joinLabels } from './captions';
import type { Grade } from './ids';
import type { PathwayModel } from './model';
import type { Scenario } from './scenario';
import type { PathwayEdge, PathwayNode } from './schema';

/** One step of the story: edges that fire together and what they change. */
export interface SimulationStep {
  /** 0 for the stimulus alone, then 1, 2, … */
  index: number;
  /** EVIDENCE.md rows of the edges, e.g. ["D9"]; empty for step 0. */
  rows: string[];
  /** Model edges that fire in this step, in firing order. */
  edges: string[];
  /** Plain-language caption of the step. */
  caption: string;
  /** Nodes (model and summary) whose state changed in this step. */
  changed: string[];
  /** State of every node (model and summary) after this step. */
  activity: Record<string, Activity>;
  /** Evidence grades of the edges, strongest first. */
  grades: Grade[];
}

/** A scenario-specific remark for the reader (e.g. why naltrexone does nothing to TLR4 here). */
export interface ScenarioNote {
  id: string;
  text: string;
  refs: string[];
}

export interface Simulation {
  scenario: Scenario;
  /** Final state of every node (model and summary). */
  activity: Record<string, Activity>;
  /** Steps from the stimulus (step 0) to the output. */
  steps: SimulationStep[];
  /** Ids of the model edges that act in this scenario. */
  inPlay: string[];
  notes: ScenarioNote[];
}

const summaryPrecedence: Activity[] = ['present', 'active', 'reduced', 'primed', 'blocked', 'degraded', 'inactive', 'absent'];
const rowNumber = (row: string) => Number(row.slice(1));

interface Context {
  model: PathwayModel;
  scenario: Scenario;
  stimuli: Set<string>;
  optionNodes: Set<string>;
  drugNode: string | undefined;
  drugPartial: boolean;
  incoming: Map<string, PathwayEdge[]>;
  simulated: PathwayNode[];
  nodesById: Map<string, PathwayNode>;
}

function restingState(node: PathwayNode, context: Context): Activity {
  if (context.stimuli.has(node.id)) return 'present';
  if (context.optionNodes.has(node.id)) return 'absent';
  return node.resting ?? 'inactive';
}

function passLevel(source: Activity): Level {
  if (source === 'present' || source === 'active') return 'active';
  if (source === 'reduced' || source === 'blocked') return source;
  return 'none';
}

/** Rules 4–6 for one node, given the fired edges into it. */
function nextState(
  node: PathwayNode,
  edges: readonly PathwayEdge[],
  activity: Record<string, Activity>,
  context: Context,
): Activity {
  let demand: Level = 'none';
  let cap: Level = 'active';
  let primed = false;
  let degraded = false;
  const raise = (level: Level) => {
    if (levelRank[level] > levelRank[demand]) demand = level;
  };
  for (const edge of edges) {
    const source = activity[edge.source] ?? 'inactive';
    if (edge.kind === 'degrades') {
      if (source === 'present' || source === 'active' || source === 'reduced') degraded = true;
    } else if (edge.kind === 'inhibits') {
      if (source === 'degraded') raise('active');
      else if (source === 'present' || source === 'active' || source === 'reduced') {
        const partial =
          source === 'reduced' || edge.strength === 'partial' || (edge.source === context.drugNode && context.drugPartial);
        const limit: Level = partial ? 'reduced' : 'blocked';
        if (levelRank[limit] < levelRank[cap]) cap = limit;
      }
    } else {
      const level = passLevel(source);
      if (level === 'none') continue;
      if (edge.yields === 'primed' && level !== 'blocked') primed = true;
      else raise(level);
    }
  }
  if (degraded) return 'degraded';
  if (demand === 'none') return primed ? 'primed' : restingState(node, context);
  return levelRank[cap] < levelRank[demand] ? (cap as Activity) : (demand as Activity);
}

/** Summary nodes take the strongest state of their members (rule 8). */
function withSummaries(model: PathwayModel, activity: Record<string, Activity>): Record<string, Activity> {
  const result = { ...activity };
  for (const node of model.nodes) {
    if (!node.members) continue;
    const states = node.members.map((id) => activity[id] ?? 'inactive');
    result[node.id] = summaryPrecedence.find((state) => states.includes(state)) ?? 'inactive';
  }
  return result;
}

/** State of every model node when exactly the edges in `fired` have fired (a fixed point). */
function evaluate(fired: ReadonlySet<string>, context: Context): Record<string, Activity> {
  const activity: Record<string, Activity> = {};
  for (const node of context.simulated) activity[node.id] = restingState(node, context);
  // The nodes that fired edges may change, each with those edges, in model order: found once,
  // not in every round (this runs for every step, first in the browser as hydration starts).
  const driven: Array<[PathwayNode, PathwayEdge[]]> = [];
  for (const node of context.simulated) {
    if (context.stimuli.has(node.id)) continue;
    const edges = (context.incoming.get(node.id) ?? []).filter((edge) => fired.has(edge.id));
    if (edges.length > 0) driven.push([node, edges]);
  }
  for (let round = 0; round <= context.simulated.length; round += 1) {
    let changed = false;
    for (const [node, edges] of driven) {
      const next = nextState(node, edges, activity, context);
      if (next !== activity[node.id]) {
        activity[node.id] = next;
        changed = true;
      }
    }
    if (!changed) break;
  }
  return activity;
}

function isInPlay(edge: PathwayEdge, scenario: Scenario): boolean {
  if (edge.grade === 'C' && !scenario.contested) return false;
  if (edge.when?.cell && !edge.when.cell.includes(scenario.cell)) return false;
  if (edge.when?.drug && !edge.when.drug.includes(scenario.drug)) return false;
  return true;
}

function isReady(edge: PathwayEdge, activity: Record<string, Activity>, context: Context): boolean {
  const node = context.nodesById.get(edge.source);
  const state = activity[edge.source] ?? 'inactive';
  const rest = node && !context.stimuli.has(node.id) ? restingState(node, context) : undefined;
  return isSignalling(state) && state !== rest;
}

/** Rule 7: the drug first, then each stimulus meeting its receptors, then the cascades, by row. */
function stepRank(edge: PathwayEdge, context: Context): number {
  const tier = edge.source === context.drugNode ? 0 : context.stimuli.has(edge.source) ? 1 : 2;
  return tier * 1000 + rowNumber(edge.sourceRow);
}

function stepCaption(edges: PathwayEdge[], changed: string[], activity: Record<string, Activity>, context: Context): string {
  const labelOf = (id: string) => context.nodesById.get(id)?.label ?? id;
  const simulatedChanges = changed.filter((id) => !context.nodesById.get(id)?.members);
  return captionWithChanges(edges, simulatedChanges, activity, labelOf);
}

function stimulusCaption(context: Context): string {
  const { scenario, model } = context;
  const ligands = scenario.ligands.map((id) => model.scenarios.ligands.find((option) => option.id === id)?.label ?? id);
  const drug = model.scenarios.drugs.find((option) => option.id === scenario.drug);
  if (ligands.length === 0 && scenario.drug === 'none') {
    return 'Nothing is present: no stimulus and no drug, so the cell stays at rest, with IκBα holding NF-κB in the cytoplasm.';
  }
  const parts: string[] = [];
  parts.push(
    ligands.length > 0 ? `${joinLabels(ligands)} ${ligands.length > 1 ? 'are' : 'is'} present` : 'No stimulus is present',
  );
  if (drug && scenario.drug !== 'none') parts.push(`${drug.label} is on board`);
  return `Before anything happens: ${parts.join('; ')}.`;
}

function scenarioNotes(context: Context, activity: Record<string, Activity>): ScenarioNote[] {
  const { scenario } = context;
  const notes: ScenarioNote[] = [];
  const naltrexone = scenario.drug === 'ldn' || scenario.drug === 'naltrexone50';
  if (!scenario.contested && scenario.ligands.includes('morphine')) {
    notes.push({
      id: 'morphine-mor-only',
      text: 'Contested mechanisms are off, so morphine acts only through μ-opioid receptors.',
      refs: ['corder2017'],
    });
  }
  if (!scenario.contested && scenario.drug === 'plus-naltrexone') {
    notes.push({
      id: 'plus-needs-contested',
      text: "(+)-Naltrexone's only proposed action is on TLR4, a contested mechanism; switch contested mechanisms on to see it.",
      refs: ['wang2016'],
    });
  }
  if (!scenario.contested && naltrexone) {
    notes.push({
      id: 'naltrexone-tlr4-off',
      text: "Naltrexone's proposed effect on TLR4 is contested and is not shown; switch contested mechanisms on to see it.",
      refs: ['wang2016', 'cant2017'],
    });
  }
  if (scenario.contested && scenario.cell === 'monocyte' && scenario.drug !== 'none') {
    notes.push({
      id: 'monocyte-no-effect',
      text: 'In human monocytes naltrexone did not change TLR4-driven cytokines, so no TLR4 effect is drawn.',
      refs: ['cant2017'],
    });
  }
  if (scenario.contested && scenario.drug === 'ldn') {
    notes.push({
      id: 'ldn-concentration',
      text: 'No study has shown that 4.5 mg by mouth reaches the concentrations used in the TLR4 experiments.',
      refs: [],
    });
  }
  if (scenario.cell === 'monocyte') {
    notes.push({
      id: 'monocyte-no-synapse',
      text: 'Blood monocytes studied in a dish do not sit at the spinal synapse, so the arrows to dorsal-horn neurons do not act.',
      refs: ['cant2017'],
    });
  }
  if (activity.il1b === 'primed') {
    notes.push({
      id: 'signal-2',
      text: 'IL-1β stays as its inactive precursor: maturing it needs a second signal, such as extracellular ATP, that this model does not include.',
      refs: ['bauernfeind2009', 'martinon2002'],
    });
  }
  return notes;
}

function createContext(model: PathwayModel, scenario: Scenario): Context {
  const ligandNodes = scenario.ligands.map((id) => model.scenarios.ligands.find((option) => option.id === id)?.node);
  const drug = model.scenarios.drugs.find((option) => option.id === scenario.drug);
  const stimuli = new Set([...ligandNodes, drug?.node].filter((id): id is string => id !== undefined));
  const optionNodes = new Set(
    [...model.scenarios.ligands.map((option) => option.node), ...model.scenarios.drugs.map((option) => option.node)].filter(
      (id): id is string => id !== undefined,
    ),
  );
  const incoming = new Map<string, PathwayEdge[]>();
  for (const edge of model.edges) incoming.set(edge.target, [...(incoming.get(edge.target) ?? []), edge]);
  return {
    model,
    scenario,
    stimuli,
    optionNodes,
    drugNode: drug?.node,
    drugPartial: drug?.strength === 'partial',
    incoming,
    simulated: model.nodes.filter((node) => !node.members),
    nodesById: new Map(model.nodes.map((node) => [node.id, node])),
  };
}

/** Runs the rules above: the state of every node and the ordered steps from stimulus to output. */
export function simulateScenario(model: PathwayModel, scenario: Scenario): Simulation {
  const run = simulationSteps(model, scenario);
  for (;;) {
    const next = run.next();
    if (next.done) return next.value;
  }
}

/**
 * simulateScenario one step at a time: pauses (yields) after each step of the story, step 0
 * included, and returns the whole simulation, so that a caller can spread the work over several tasks.
 */
export function* simulationSteps(model: PathwayModel, scenario: Scenario): Generator<void, Simulation, void> {
  const context = createContext(model, scenario);
  const inPlay = model.edges.filter((edge) => isInPlay(edge, scenario));
  const fired = new Set<string>();
  let activity = evaluate(fired, context);
  const steps: SimulationStep[] = [
    {
      index: 0,
      rows: [],
      edges: [],
      caption: stimulusCaption(context),
      changed: [],
      activity: withSummaries(model, activity),
      grades: [],
    },
  ];
  yield;
  const readyEdges = () => inPlay.filter((edge) => !fired.has(edge.id) && isReady(edge, activity, context));
  for (let ready = readyEdges(); ready.length > 0; ready = readyEdges()) {
    const first = ready.reduce((best, edge) => (stepRank(edge, context) < stepRank(best, context) ? edge : best));
    const inStep: PathwayEdge[] = [];
    for (let batch = ready.filter((edge) => edge.sourceRow === first.sourceRow); batch.length > 0;) {
      for (const edge of batch) fired.add(edge.id);
      inStep.push(...batch);
      activity = evaluate(fired, context);
      batch = readyEdges().filter((edge) => edge.sourceRow === first.sourceRow);
    }
    const previous = steps.at(-1)!.activity;
    const after = withSummaries(model, activity);
    const changed = Object.keys(after).filter((id) => after[id] !== previous[id]);
    steps.push({
      index: steps.length,
      rows: [...new Set(inStep.map((edge) => edge.sourceRow))],
      edges: inStep.map((edge) => edge.id),
      caption: stepCaption(inStep, changed, after, context),
      changed,
      activity: after,
      grades: (['A', 'B', 'C'] as const).filter((grade) => inStep.some((edge) => edge.grade === grade)),
    });
    yield;
  }
  const final = steps.at(-1)!.activity;
  return { scenario, activity: final, steps, inPlay: inPlay.map((edge) => edge.id), notes: scenarioNotes(context, final) };
}
