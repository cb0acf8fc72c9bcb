import { z } from 'astro/zod';
import { keySchema, strictObject } from '../content/strict-object';
import { cellIds, compartmentIds, drugIds, edgeKinds, evidenceSystems, grades, ligandIds, nodeKinds, viewIds } from './ids';

/**
 * The shape of content/pathway/*.yaml. Each file is a mapping whose top-level keys are sections
 * (compartments, nodes, edges, annotations, views, scenarios); the loader concatenates sections
 * across files. Cross-references (edge endpoints, citation keys, view node ids) are checked in
 * model.ts, which knows the whole model and the bibliography.
 *
 * How the overview works: a node may be a *summary* node (`members`), e.g. "Cytokines" standing
 * for TNF-α, IL-6 and IL-1β. Summary nodes are never simulated; their activity is derived from
 * their members. A view may add *composed* edges (`views[].edges`) that stand for one or more model
 * edges (`via`); their grade, references and counter-evidence are derived from those edges, so
 * the overview can never claim more certainty than the detailed map behind it.
 */

const enumOf = <T extends readonly [string, ...string[]]>(values: T, field: string) =>
  z.enum(values, { error: `${field} must be one of: ${values.join(', ')}` });

const text = (field: string, hint: string) =>
  z
    .string({ error: `${field} is required: ${hint}` })
    .trim()
    .min(1, { error: `${field} must not be empty: ${hint}` });

const refList = (field: string) =>
  z.array(keySchema, { error: `${field} must be a list of reference keys, e.g. [park2009, shimazu1999]` });

/** A source row in EVIDENCE.md §4 such as "D9" or "S4". */
const rowSchema = z
  .string({ error: 'sourceRow is required: the row of EVIDENCE.md §4 this comes from, e.g. "D9"' })
  .regex(/^[DS]\d{1,2}$/, { error: 'sourceRow must look like "D9" (§4.2) or "S4" (§4.1)' });

const coordinate = (field: string) => z.number({ error: `${field} must be a number (viewBox units)` });

/** A cell region. Geometry lives in the views; this is what the region is. */
export const compartmentSchema = strictObject({
  /** One of the fixed compartment ids. */
  id: enumOf(compartmentIds, 'id'),
  /** Name shown on the diagram, e.g. "Plasma membrane". */
  label: text('label', 'the name shown on the diagram'),
  /** One sentence for screen readers and the legend. */
  description: text('description', 'one sentence describing the region'),
});

/** A gene and its human protein product, as listed in EVIDENCE.md §4. */
export const geneSchema = strictObject({
  /** HGNC gene symbol, e.g. "LY96". */
  symbol: z
    .string({ error: 'symbol is required, e.g. "TLR4"' })
    .regex(/^[A-Z0-9-]+$/, { error: 'symbol must be an HGNC symbol such as "TLR4"' }),
  /** Human UniProt accession copied from EVIDENCE.md, e.g. "O00206". Omit when EVIDENCE.md has none. */
  uniprot: z
    .string()
    .regex(/^(?:[OPQ]\d[A-Z0-9]{3}\d|[A-NR-Z]\d(?:[A-Z][A-Z0-9]{2}\d){1,2})$/, {
      error: 'uniprot must be an accession such as "O00206"',
    })
    .optional(),
});

/** A molecule, drug, gene or phenotype. */
export const nodeSchema = strictObject({
  /** Stable key used by edges, views and URLs, e.g. "tlr4". */
  id: keySchema,
  /** Short label drawn in the glyph; the accessible name starts with it. */
  label: text('label', 'the short name drawn on the diagram, e.g. "TLR4"'),
  /** Full name, e.g. "Toll-like receptor 4". */
  name: text('name', 'the full name, e.g. "Toll-like receptor 4"'),
  /** What it is; decides the glyph. */
  kind: enumOf(nodeKinds, 'kind'),
  /** Where it lives. */
  compartment: enumOf(compartmentIds, 'compartment'),
  /** Genes (with human UniProt accessions) whose products make up this node. */
  genes: z.array(geneSchema).default([]),
  /** ChEBI id for small molecules, copied from EVIDENCE.md, e.g. "CHEBI:52603". */
  chebi: z
    .string()
    .regex(/^CHEBI:\d+$/, { error: 'chebi must look like "CHEBI:52603"' })
    .optional(),
  /** Reactome stable id for the entity, only where EVIDENCE.md gives one. */
  reactome: z
    .string()
    .regex(/^R-HSA-\d+$/, { error: 'reactome must look like "R-HSA-166016"' })
    .optional(),
  /** One or two sentences, in our own words, on what it does here. */
  role: text('role', 'one or two sentences on what it does in this pathway').pipe(
    z.string().max(320, { error: 'role must be at most 320 characters: one or two sentences' }),
  ),
  /** Reference keys supporting the role. */
  refs: refList('refs').min(1, { error: 'refs needs at least one reference key' }),
  /** Summary node: the model nodes it stands for in the overview. Summary nodes are not simulated. */
  members: z.array(keySchema).min(1, { error: 'members must list at least one node id' }).optional(),
  /** Activity at rest, before any stimulus. Only IκBα, which holds NF-κB at rest, uses "active". */
  resting: z.literal('active', { error: 'resting can only be "active" (omit it for inactive)' }).optional(),
});

/** Restricts an edge to some scenarios, e.g. naltrexone's TLR4 effect only in microglia. */
export const edgeConditionSchema = strictObject({
  /** The edge acts only in these cells. */
  cell: z.array(enumOf(cellIds, 'cell')).min(1).optional(),
  /** The edge acts only with these drug regimens. */
  drug: z.array(enumOf(drugIds, 'drug')).min(1).optional(),
});

/** One cited influence of one node on another. */
export const edgeSchema = strictObject({
  /** Stable key, e.g. "d9a". */
  id: keySchema,
  /** Row of EVIDENCE.md §4.2 this edge comes from ("D9"); chains share a row. */
  sourceRow: rowSchema,
  /** Node the influence starts from. */
  source: keySchema,
  /** Node it acts on. */
  target: keySchema,
  /** What happens. */
  kind: enumOf(edgeKinds, 'kind'),
  /** Evidence grade: A established, B single study or rodent-only, C contested (drawn dashed). */
  grade: enumOf(grades, 'grade'),
  /** Systems the evidence comes from. */
  systems: z.array(enumOf(evidenceSystems, 'systems')).min(1, { error: 'systems needs at least one entry, e.g. [rodent]' }),
  /** Reference keys for the edge. */
  refs: refList('refs').min(1, { error: 'refs needs at least one reference key' }),
  /** Reference keys against the edge; required for grade C. */
  against: refList('against').default([]),
  /** One line shown when the reader steps to this edge. */
  caption: text('caption', 'one line shown when stepping').pipe(
    z.string().max(240, { error: 'caption must be at most 240 characters' }),
  ),
  /** For inhibitions: "partial" caps the target at reduced, "full" at blocked. */
  strength: z.enum(['full', 'partial'], { error: 'strength must be "full" or "partial"' }).optional(),
  /** "primed": the target is made ready, not switched on (signal 1 of the inflammasome). */
  yields: z.literal('primed', { error: 'yields can only be "primed"' }).optional(),
  /** Scenarios in which the edge acts; omit when it always acts. */
  when: edgeConditionSchema.optional(),
});

/** A cited remark that is not an influence between two drawn nodes (e.g. D30, sex differences). */
export const annotationSchema = strictObject({
  /** Stable key. */
  id: keySchema,
  /** Row of EVIDENCE.md §4. */
  sourceRow: rowSchema,
  /** The remark, in our own words. */
  text: text('text', 'the remark in one or two sentences').pipe(
    z.string().max(200, { error: 'text must be at most 200 characters' }),
  ),
  /** Evidence grade. */
  grade: enumOf(grades, 'grade'),
  /** Systems the evidence comes from. */
  systems: z.array(enumOf(evidenceSystems, 'systems')).min(1),
  /** Reference keys. */
  refs: refList('refs').min(1, { error: 'refs needs at least one reference key' }),
  /** Nodes the remark is about. */
  nodes: z.array(keySchema).min(1, { error: 'nodes must name at least one node the remark is about' }),
});

const rectSchema = strictObject({
  /** Left edge. */
  x: coordinate('x'),
  /** Top edge. */
  y: coordinate('y'),
  /** Width. */
  width: z.number().positive({ error: 'width must be positive' }),
  /** Height. */
  height: z.number().positive({ error: 'height must be positive' }),
  /** Corner radius; 0 for square corners. */
  radius: z.number().nonnegative().default(0),
});

const ellipseSchema = strictObject({
  /** Centre x. */
  cx: coordinate('cx'),
  /** Centre y. */
  cy: coordinate('cy'),
  /** Horizontal radius. */
  rx: z.number().positive({ error: 'rx must be positive' }),
  /** Vertical radius. */
  ry: z.number().positive({ error: 'ry must be positive' }),
});

/** Where a piece of text goes: a point on its baseline and which end of the text sits there. */
const textAnchorSchema = strictObject({
  /** x of the anchor point. */
  x: coordinate('x'),
  /** y of the text baseline. */
  y: coordinate('y'),
  /** Which part of the text is at x. */
  anchor: z.enum(['start', 'middle', 'end'], { error: 'anchor must be start, middle or end' }).default('start'),
});

/** Where a compartment is drawn in one view. Shapes may extend past the viewBox (the cell is cropped). */
export const viewCompartmentSchema = strictObject({
  /** Which compartment. `membrane` is drawn as a bilayer along its rectangle's outline. */
  compartment: enumOf(compartmentIds, 'compartment'),
  /** A rounded rectangle … */
  rect: rectSchema.optional(),
  /** … or an ellipse (endosomes). */
  ellipse: ellipseSchema.optional(),
  /** Where its name is written (text baseline); omit for no label. */
  label: textAnchorSchema.optional(),
});

/** A node placed in a view: hand-placed centre, in viewBox units. */
export const viewNodeSchema = strictObject({
  /** Model node id. */
  node: keySchema,
  /** Centre x. */
  x: coordinate('x'),
  /** Centre y. */
  y: coordinate('y'),
});

/** An edge drawn in a view that stands for model edges (overview-level arrows). */
export const composedEdgeSchema = strictObject({
  /** Stable key, e.g. "s4". */
  id: keySchema,
  /** Row of EVIDENCE.md §4.1, e.g. "S4". */
  sourceRow: rowSchema,
  /** View node it starts from. */
  source: keySchema,
  /** View node it ends on. */
  target: keySchema,
  /** activates (arrow) or inhibits (T-bar). */
  kind: z.enum(['activates', 'inhibits'], { error: 'kind of a composed edge must be "activates" or "inhibits"' }),
  /** Model edges it stands for; grade and references are derived from them. */
  via: z.array(keySchema).min(1, { error: 'via must list the model edges this arrow stands for' }),
  /** One line shown when stepping. */
  caption: text('caption', 'one line shown when stepping').pipe(z.string().max(240)),
});

/** Hand-drawn routing for one edge in one view; paths are still computed. */
export const routeSchema = strictObject({
  /** Edge id (model or composed). */
  edge: keySchema,
  /** Bow the edge sideways by this fraction of its length (+ bows to the left of travel). */
  bend: z.number().min(-1).max(1).optional(),
  /** Points the edge must pass through, in order. */
  points: z
    .array(z.tuple([z.number(), z.number()]))
    .min(1)
    .optional(),
});

/** A view: which nodes, where, and in which compartments. */
export const viewSchema = strictObject({
  /** One of the fixed view ids. */
  id: enumOf(viewIds, 'id'),
  /** Short title, e.g. "Overview". */
  title: text('title', 'a short title'),
  /** One sentence on what the view shows (used in descriptions). */
  summary: text('summary', 'one sentence on what the view shows'),
  /** viewBox width. */
  width: z.number().int().positive(),
  /** viewBox height. */
  height: z.number().int().positive(),
  /** Compartment shapes, drawn in order (back to front). */
  compartments: z.array(viewCompartmentSchema),
  /** Where the cell type ("Microglion" / "Human monocyte") is written; omit for none. */
  cellLabel: textAnchorSchema.optional(),
  /** Nodes shown, with hand-placed centres. */
  nodes: z.array(viewNodeSchema).min(1),
  /** Composed edges (overview-level arrows). Model edges between shown nodes are drawn automatically. */
  edges: z.array(composedEdgeSchema).default([]),
  /** Model edges NOT to draw although both ends are shown (a composed edge says it better). */
  hideEdges: z.array(keySchema).default([]),
  /** Optional routing hints. */
  routes: z.array(routeSchema).default([]),
  /** Annotations shown, placed by their top-left corner, wrapped to `width`. */
  annotations: z
    .array(strictObject({ annotation: keySchema, x: coordinate('x'), y: coordinate('y'), width: z.number().positive() }))
    .default([]),
});

/** What the scenario controls offer; ids are fixed in ids.ts, the words live here. */
export const scenarioOptionsSchema = strictObject({
  /** Stimuli. */
  ligands: z.array(strictObject({ id: enumOf(ligandIds, 'id'), node: keySchema, label: text('label', 'e.g. "LPS"') })),
  /** Drug regimens. */
  drugs: z.array(
    strictObject({
      id: enumOf(drugIds, 'id'),
      /** Model node of the drug; omit for "none". */
      node: keySchema.optional(),
      /** Label for controls and descriptions. */
      label: text('label', 'e.g. "Low-dose naltrexone 4.5 mg"'),
      /** How strongly it blocks what it inhibits: "partial" caps every target at reduced. */
      strength: z.enum(['full', 'partial']).default('full'),
      /** What the reader should know about this regimen. */
      note: text('note', 'one sentence for the reader'),
    }),
  ),
  /** Cells. */
  cells: z.array(
    strictObject({
      id: enumOf(cellIds, 'id'),
      /** Label for controls and descriptions. */
      label: text('label', 'e.g. "Microglia"'),
      /** Name written on the cell in the diagram, e.g. "Microglion". */
      cellLabel: text('cellLabel', 'e.g. "Microglion"'),
      /** What the reader should know about this cell. */
      note: text('note', 'one sentence for the reader'),
    }),
  ),
});

/** One YAML file of content/pathway/: any of these sections. */
export const pathwayFileSchema = strictObject({
  compartments: z.array(z.unknown()).optional(),
  nodes: z.array(z.unknown()).optional(),
  edges: z.array(z.unknown()).optional(),
  annotations: z.array(z.unknown()).optional(),
  views: z.array(z.unknown()).optional(),
  scenarios: z.unknown().optional(),
});

export type Compartment = z.infer<typeof compartmentSchema>;
export type PathwayNode = z.infer<typeof nodeSchema>;
export type PathwayEdge = z.infer<typeof edgeSchema>;
export type Annotation = z.infer<typeof annotationSchema>;
export type ViewCompartment = z.infer<typeof viewCompartmentSchema>;
export type ComposedEdgeInput = z.infer<typeof composedEdgeSchema>;
export type Route = z.infer<typeof routeSchema>;
export type ViewInput = z.infer<typeof viewSchema>;
export type ScenarioOptions = z.infer<typeof scenarioOptionsSchema>;
