/**
 * The fixed vocabulary of the pathway model. These ids are public: they appear in URLs that
 * educators paste into slides and LMS pages, so add values but never rename or remove one.
 */

/** The four views over the one model. */
export const viewIds = ['overview', 'detailed', 'opioid', 'sensitization'] as const;
export type ViewId = (typeof viewIds)[number];

/** Stimuli a reader can switch on (any combination, or none). */
export const ligandIds = ['lps', 'hmgb1', 'morphine'] as const;
export type LigandId = (typeof ligandIds)[number];

/** Drug regimens (exactly one, possibly none). */
export const drugIds = ['none', 'ldn', 'naltrexone50', 'plus-naltrexone'] as const;
export type DrugId = (typeof drugIds)[number];

/** The immune cell the TLR4 map stands for. */
export const cellIds = ['microglia', 'monocyte'] as const;
export type CellId = (typeof cellIds)[number];

/** Places a node can live in. `neuron` is the dorsal-horn synapse beside the microglion. */
export const compartmentIds = ['extracellular', 'membrane', 'cytoplasm', 'endosome', 'nucleus', 'neuron'] as const;
export type CompartmentId = (typeof compartmentIds)[number];

/**
 * What a node is; decides its glyph (SBGN-inspired). `protein` (added to the brief's list) is for
 * proteins that are none of the other kinds: LBP, MD-2, the TRAF ubiquitin ligases, IκBα.
 */
export const nodeKinds = [
  'ligand',
  'drug',
  'receptor',
  'protein',
  'adaptor',
  'kinase',
  'complex',
  'transcription-factor',
  'gene',
  'cytokine',
  'phenotype',
] as const;
export type NodeKind = (typeof nodeKinds)[number];

/**
 * What an edge does. All are positive influences except `inhibits` (a T-bar) and `degrades`
 * (IKK tagging IκBα for destruction: negative on its target, drawn as a T-bar too).
 * `expresses` (gene → its protein product) is added to the list in the brief.
 */
export const edgeKinds = [
  'binds',
  'activates',
  'inhibits',
  'recruits',
  'phosphorylates',
  'degrades',
  'translocates',
  'transcribes',
  'expresses',
  'cleaves',
  'secretes',
] as const;
export type EdgeKind = (typeof edgeKinds)[number];

/** Evidence grades from EVIDENCE.md §4: A established, B single study or rodent-only, C contested. */
export const grades = ['A', 'B', 'C'] as const;
export type Grade = (typeof grades)[number];

/** The kind of system the evidence for an edge comes from. */
export const evidenceSystems = ['human-clinical', 'human-cells', 'rodent', 'cell-line', 'structural'] as const;
export type EvidenceSystem = (typeof evidenceSystems)[number];

/** True when the edge kind pushes its target down (drawn with a T-bar). */
export function isNegativeKind(kind: EdgeKind): boolean {
  return kind === 'inhibits' || kind === 'degrades';
}
