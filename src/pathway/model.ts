import type { z } from 'astro/zod';
import { ContentError } from '../content/format-issues';
import { drawViews, type ViewGeometry } from './view-geometry';
import { cellIds, compartmentIds, drugIds, ligandIds, viewIds, type Grade, type EvidenceSystem } from './ids';
import {
  annotationSchema,
  compartmentSchema,
  edgeSchema,
  nodeSchema,
  pathwayFileSchema,
  scenarioOptionsSchema,
  viewSchema,
  type Annotation,
  type ComposedEdgeInput,
  type Compartment,
  type PathwayEdge,
  type PathwayNode,
  type ScenarioOptions,
  type ViewInput,
} from './schema';

/** One parsed YAML file of content/pathway/, as read in Node (or shipped as JSON). */
export interface RawPathwayFile {
  /** Path shown in error messages, e.g. "content/pathway/edges.yaml". */
  file: string;
  /** The parsed YAML document. */
  data: unknown;
}

/** A view-level arrow standing for model edges; evidence derived from them. */
export interface ComposedEdge extends ComposedEdgeInput {
  /** Weakest grade among `via`. */
  grade: Grade;
  /** Union of the systems of `via`. */
  systems: EvidenceSystem[];
  /** Union of the references of `via`. */
  refs: string[];
  /** Union of the counter-references of `via`. */
  against: string[];
}

export interface PathwayView extends Omit<ViewInput, 'edges'> {
  edges: ComposedEdge[];
}

/** The validated content of content/pathway/. */
export interface PathwayContent {
  compartments: Compartment[];
  nodes: PathwayNode[];
  edges: PathwayEdge[];
  annotations: Annotation[];
  views: PathwayView[];
  scenarios: ScenarioOptions;
}

/** The validated model with every view drawn: plain JSON, safe to pass from an Astro page to a Svelte island. */
export interface PathwayModel extends PathwayContent {
  /** The scenario-independent shapes of each view, by view id (see view-geometry.ts). */
  geometry: Record<string, ViewGeometry>;
}

const gradeOrder: Grade[] = ['A', 'B', 'C'];

function issueText(where: string, issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => `${where}${issue.path.length > 0 ? ` field "${issue.path.join('.')}"` : ''}: ${issue.message}`);
}

/** Up to three known ids that look like `unknown` (shared prefix or contained), for "did you mean". */
function suggest(unknown: string, known: Iterable<string>): string {
  const stem = unknown.slice(0, 3);
  const near = [...known].filter((id) => id.startsWith(stem) || id.includes(unknown) || unknown.includes(id)).slice(0, 3);
  return near.length > 0 ? ` Did you mean ${near.map((id) => `"${id}"`).join(' or ')}?` : '';
}

function knownList(known: Iterable<string>): string {
  return [...known].join(', ');
}

interface Located<T> {
  file: string;
  item: T;
}

/** Validates every file and section; returns the parsed items with their file, plus problems. */
function parseSections(files: readonly RawPathwayFile[], problems: string[]) {
  const sections = {
    compartments: [] as Located<Compartment>[],
    nodes: [] as Located<PathwayNode>[],
    edges: [] as Located<PathwayEdge>[],
    annotations: [] as Located<Annotation>[],
    views: [] as Located<ViewInput>[],
    scenarios: [] as Located<ScenarioOptions>[],
  };
  const itemSchemas = {
    compartments: compartmentSchema,
    nodes: nodeSchema,
    edges: edgeSchema,
    annotations: annotationSchema,
    views: viewSchema,
  } as const;
  for (const { file, data } of files) {
    const top = pathwayFileSchema.safeParse(data);
    if (!top.success) {
      problems.push(...issueText(file, top.error.issues));
      continue;
    }
    for (const section of Object.keys(itemSchemas) as Array<keyof typeof itemSchemas>) {
      (top.data[section] ?? []).forEach((raw, index) => {
        const id = (raw as { id?: unknown } | null)?.id;
        const where = `${file} ${section.replace(/s$/, '')} ${typeof id === 'string' ? `"${id}"` : `#${index + 1}`}`;
        const result = itemSchemas[section].safeParse(raw);
        if (result.success) (sections[section] as Located<unknown>[]).push({ file, item: result.data });
        else problems.push(...issueText(where, result.error.issues));
      });
    }
    if (top.data.scenarios !== undefined) {
      const result = scenarioOptionsSchema.safeParse(top.data.scenarios);
      if (result.success) sections.scenarios.push({ file, item: result.data });
      else problems.push(...issueText(`${file} scenarios`, result.error.issues));
    }
  }
  return sections;
}

function checkDuplicates(kind: string, items: Located<{ id: string }>[], problems: string[]): void {
  const seen = new Map<string, string>();
  for (const { file, item } of items) {
    const previous = seen.get(item.id);
    if (previous) problems.push(`${file} ${kind} "${item.id}": id is already used in ${previous}; give each ${kind} its own id`);
    else seen.set(item.id, file);
  }
}

function checkRefs(
  where: string,
  field: string,
  keys: readonly string[],
  referenceIds: ReadonlySet<string>,
  problems: string[],
): void {
  for (const key of keys) {
    if (!referenceIds.has(key)) {
      problems.push(
        `${where} field "${field}": unknown reference "${key}"; add it to content/references/*.yaml or fix the key.${suggest(key, referenceIds)}`,
      );
    }
  }
}

function checkScenarios(
  located: Located<ScenarioOptions>[],
  nodeIds: ReadonlySet<string>,
  problems: string[],
): ScenarioOptions | undefined {
  if (located.length !== 1) {
    problems.push(
      `content/pathway: expected exactly one "scenarios:" section, found ${located.length}; keep it in scenarios.yaml`,
    );
    return undefined;
  }
  const [{ file, item }] = located as [Located<ScenarioOptions>];
  const cover = (name: string, ids: readonly string[], given: { id: string }[]) => {
    for (const id of ids) {
      const count = given.filter((option) => option.id === id).length;
      if (count !== 1)
        problems.push(
          `${file} scenarios.${name}: "${id}" must appear exactly once (found ${count}); the URL vocabulary is fixed in src/pathway/ids.ts`,
        );
    }
  };
  cover('ligands', ligandIds, item.ligands);
  cover('drugs', drugIds, item.drugs);
  cover('cells', cellIds, item.cells);
  for (const option of [...item.ligands, ...item.drugs]) {
    if (option.node !== undefined && !nodeIds.has(option.node)) {
      problems.push(
        `${file} scenarios option "${option.id}" field "node": unknown node "${option.node}".${suggest(option.node, nodeIds)}`,
      );
    }
  }
  return item;
}

/** Composes the evidence of a view arrow from the model edges it stands for. */
function composeEdge(input: ComposedEdgeInput, edgesById: ReadonlyMap<string, PathwayEdge>): ComposedEdge {
  const via = input.via.map((id) => edgesById.get(id)).filter((edge): edge is PathwayEdge => edge !== undefined);
  const unique = <T>(values: T[]) => [...new Set(values)];
  const grade = gradeOrder[Math.max(0, ...via.map((edge) => gradeOrder.indexOf(edge.grade)))] ?? 'A';
  return {
    ...input,
    grade,
    systems: unique(via.flatMap((edge) => edge.systems)),
    refs: unique(via.flatMap((edge) => edge.refs)),
    against: unique(via.flatMap((edge) => edge.against)),
  };
}

function checkView(
  file: string,
  view: ViewInput,
  nodesById: ReadonlyMap<string, PathwayNode>,
  edges: readonly PathwayEdge[],
  annotationIds: ReadonlySet<string>,
  problems: string[],
): void {
  const where = `${file} view "${view.id}"`;
  const shown = new Set<string>();
  for (const placed of view.nodes) {
    if (!nodesById.has(placed.node)) {
      problems.push(
        `${where} field "nodes": unknown node "${placed.node}".${suggest(placed.node, nodesById.keys())} Known: ${knownList(nodesById.keys())}`,
      );
    }
    if (shown.has(placed.node)) problems.push(`${where} field "nodes": node "${placed.node}" is placed twice; keep one entry`);
    shown.add(placed.node);
    if (placed.x < 0 || placed.x > view.width || placed.y < 0 || placed.y > view.height) {
      problems.push(
        `${where} node "${placed.node}": centre (${placed.x}, ${placed.y}) lies outside the viewBox 0 0 ${view.width} ${view.height}; move it inside`,
      );
    }
  }
  for (const compartment of view.compartments) {
    if ((compartment.rect === undefined) === (compartment.ellipse === undefined)) {
      problems.push(`${where} compartment "${compartment.compartment}": give exactly one of rect or ellipse`);
    }
  }
  const edgeIds = new Set(edges.map((edge) => edge.id));
  const drawn = new Set(edges.filter((edge) => shown.has(edge.source) && shown.has(edge.target)).map((edge) => edge.id));
  for (const id of view.hideEdges) {
    if (!edgeIds.has(id)) problems.push(`${where} field "hideEdges": unknown edge "${id}".${suggest(id, edgeIds)}`);
    drawn.delete(id);
  }
  for (const composed of view.edges) {
    const at = `${where} edge "${composed.id}"`;
    if (edgeIds.has(composed.id) || drawn.has(composed.id))
      problems.push(`${at}: id is already used by a model edge; rename it (e.g. "s4")`);
    drawn.add(composed.id);
    for (const end of ['source', 'target'] as const) {
      if (!shown.has(composed[end])) {
        problems.push(
          `${at} field "${end}": node "${composed[end]}" is not placed in this view; add it to nodes or fix the id. Placed: ${knownList(shown)}`,
        );
      }
    }
    for (const id of composed.via) {
      if (!edgeIds.has(id)) problems.push(`${at} field "via": unknown edge "${id}".${suggest(id, edgeIds)}`);
    }
  }
  for (const route of view.routes) {
    if (!drawn.has(route.edge))
      problems.push(`${where} field "routes": edge "${route.edge}" is not drawn in this view; remove the route or fix the id`);
  }
  for (const note of view.annotations) {
    if (!annotationIds.has(note.annotation))
      problems.push(
        `${where} field "annotations": unknown annotation "${note.annotation}".${suggest(note.annotation, annotationIds)}`,
      );
  }
}

/**
 * Validates the parsed YAML of content/pathway/ against the schema and checks every
 * cross-reference. Returns the model (when usable) and every problem found, each naming the
 * file, the item, the field and the fix.
 */
export function checkPathwayFiles(
  files: readonly RawPathwayFile[],
  referenceIds: ReadonlySet<string>,
): { model: PathwayModel | undefined; problems: string[] } {
  const problems: string[] = [];
  const sections = parseSections(files, problems);
  checkDuplicates('compartment', sections.compartments, problems);
  checkDuplicates('node', sections.nodes, problems);
  checkDuplicates('edge', sections.edges, problems);
  checkDuplicates('annotation', sections.annotations, problems);
  checkDuplicates('view', sections.views, problems);

  const compartmentSet = new Set(sections.compartments.map(({ item }) => item.id));
  for (const id of compartmentIds) {
    if (!compartmentSet.has(id)) problems.push(`content/pathway: compartment "${id}" is missing; add it to compartments.yaml`);
  }
  const nodesById = new Map(sections.nodes.map(({ item }) => [item.id, item]));
  const nodeIds = new Set(nodesById.keys());
  for (const { file, item: node } of sections.nodes) {
    const where = `${file} node "${node.id}"`;
    checkRefs(where, 'refs', node.refs, referenceIds, problems);
    for (const member of node.members ?? []) {
      const target = nodesById.get(member);
      if (!target) problems.push(`${where} field "members": unknown node "${member}".${suggest(member, nodeIds)}`);
      else if (target.members)
        problems.push(`${where} field "members": "${member}" is itself a summary node; list model nodes only`);
    }
  }
  const edgesById = new Map(sections.edges.map(({ item }) => [item.id, item]));
  for (const { file, item: edge } of sections.edges) {
    const where = `${file} edge "${edge.id}"`;
    for (const end of ['source', 'target'] as const) {
      const id = edge[end];
      const node = nodesById.get(id);
      const verb = end === 'source' ? 'starts at' : 'targets';
      if (!node)
        problems.push(
          `${where} field "${end}": edge "${edge.id}" ${verb} unknown node "${id}".${suggest(id, nodeIds)} Known: ${knownList(nodeIds)}`,
        );
      else if (node.members)
        problems.push(
          `${where} field "${end}": "${id}" is a summary node; model edges must join model nodes (use a composed edge in the view)`,
        );
    }
    checkRefs(where, 'refs', edge.refs, referenceIds, problems);
    checkRefs(where, 'against', edge.against, referenceIds, problems);
    if (edge.grade === 'C' && edge.against.length === 0) {
      problems.push(`${where} field "against": a grade C edge needs the references that dispute it; add against: [key, …]`);
    }
    if (edge.strength !== undefined && edge.kind !== 'inhibits')
      problems.push(`${where} field "strength": only "inhibits" edges have a strength; remove it`);
    if (edge.yields !== undefined && (edge.kind === 'inhibits' || edge.kind === 'degrades'))
      problems.push(`${where} field "yields": only positive edges can prime; remove it`);
  }
  const annotationIds = new Set(sections.annotations.map(({ item }) => item.id));
  for (const { file, item: note } of sections.annotations) {
    const where = `${file} annotation "${note.id}"`;
    checkRefs(where, 'refs', note.refs, referenceIds, problems);
    for (const id of note.nodes)
      if (!nodeIds.has(id)) problems.push(`${where} field "nodes": unknown node "${id}".${suggest(id, nodeIds)}`);
  }
  const viewSet = new Set(sections.views.map(({ item }) => item.id));
  for (const id of viewIds)
    if (!viewSet.has(id)) problems.push(`content/pathway: view "${id}" is missing; add a view-${id}.yaml`);
  const modelEdges = sections.edges.map(({ item }) => item);
  for (const { file, item } of sections.views) checkView(file, item, nodesById, modelEdges, annotationIds, problems);
  const scenarios = checkScenarios(sections.scenarios, nodeIds, problems);

  if (problems.length > 0 || scenarios === undefined) return { model: undefined, problems };
  const views = sections.views
    .map(({ item }) => ({ ...item, edges: item.edges.map((edge) => composeEdge(edge, edgesById)) }))
    .sort((a, b) => viewIds.indexOf(a.id) - viewIds.indexOf(b.id));
  const content: PathwayContent = {
    compartments: sections.compartments
      .map(({ item }) => item)
      .sort((a, b) => compartmentIds.indexOf(a.id) - compartmentIds.indexOf(b.id)),
    nodes: sections.nodes.map(({ item }) => item),
    edges: modelEdges,
    annotations: sections.annotations.map(({ item }) => item),
    views,
    scenarios,
  };
  return { model: { ...content, geometry: drawViews(content) }, problems };
}

/** Like checkPathwayFiles, but throws one ContentError listing every problem. */
export function buildPathwayModel(files: readonly RawPathwayFile[], referenceIds: ReadonlySet<string>): PathwayModel {
  const { model, problems } = checkPathwayFiles(files, referenceIds);
  if (!model) throw new ContentError(problems, 'The pathway model in content/pathway is not valid');
  return model;
}

/** The view with this id (the model always has all four; checked above). */
export { findView } from './find-view';
