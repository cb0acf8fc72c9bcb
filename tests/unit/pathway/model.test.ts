import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReferenceIds } from '../../../src/content/references';
import { compartmentIds, viewIds } from '../../../src/pathway/ids';
import { loadPathwayModel, readPathwayFiles } from '../../../src/pathway/load-model';
import { buildPathwayModel, checkPathwayFiles, type RawPathwayFile } from '../../../src/pathway/model';

const referenceIds = readReferenceIds();
const model = loadPathwayModel(referenceIds);
const files = readPathwayFiles();

/** Keys whose identifiers may not be verifiable; each must share an edge with another key. */
const fragileKeys = ['fitzgerald2001', 'wang2001', 'stevens2013', 'hutchinson2008', 'naltrexone-label', 'trostheim2022'];

describe('the pathway model in content/pathway', () => {
  it('validates against the schema and the bibliography', () => {
    expect(model.nodes.length).toBeGreaterThanOrEqual(40);
    expect(model.edges.length).toBeGreaterThanOrEqual(30);
    expect(model.views.map((view) => view.id)).toEqual([...viewIds]);
    expect(model.compartments.map((compartment) => compartment.id)).toEqual([...compartmentIds]);
  });

  it('resolves every edge endpoint and every reference key', () => {
    const nodeIds = new Set(model.nodes.map((node) => node.id));
    for (const edge of model.edges) {
      expect(nodeIds.has(edge.source), `${edge.id} source`).toBe(true);
      expect(nodeIds.has(edge.target), `${edge.id} target`).toBe(true);
      for (const key of [...edge.refs, ...edge.against]) expect(referenceIds.has(key), `${edge.id} cites ${key}`).toBe(true);
    }
    for (const node of model.nodes)
      for (const key of node.refs) expect(referenceIds.has(key), `${node.id} cites ${key}`).toBe(true);
  });

  it('gives every grade C edge references against it', () => {
    const contested = model.edges.filter((edge) => edge.grade === 'C');
    expect(contested.map((edge) => edge.sourceRow).sort()).toEqual(['D28', 'D28', 'D29', 'D6']);
    for (const edge of contested) expect(edge.against.length, edge.id).toBeGreaterThan(0);
  });

  it('covers every row D1–D29 of EVIDENCE.md §4.2 (D30 as an annotation)', () => {
    const rows = new Set(model.edges.map((edge) => edge.sourceRow));
    for (let row = 1; row <= 29; row += 1) expect(rows.has(`D${row}`), `D${row}`).toBe(true);
    expect(model.annotations.map((note) => note.sourceRow)).toContain('D30');
  });

  it('never leaves a fragile reference as the only citation of an edge', () => {
    for (const edge of model.edges) {
      if (edge.refs.some((key) => fragileKeys.includes(key))) {
        expect(edge.refs.filter((key) => !fragileKeys.includes(key)).length, edge.id).toBeGreaterThan(0);
      }
    }
  });

  it('covers the overview rows S1–S14 in the overview (S13 as model edges between real nodes)', () => {
    const overview = model.views.find((view) => view.id === 'overview')!;
    const rows = overview.edges.map((edge) => edge.sourceRow);
    for (const row of ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'S9', 'S10', 'S11', 'S12', 'S14'])
      expect(rows).toContain(row);
    const shown = new Set(overview.nodes.map((placed) => placed.node));
    expect(shown.has('morphine') && shown.has('oprm1') && shown.has('tolerance')).toBe(true);
    expect(overview.nodes.length).toBeLessThanOrEqual(16);
  });

  it('derives a composed edge grade from the weakest edge it stands for', () => {
    const overview = model.views.find((view) => view.id === 'overview')!;
    const grade = (id: string) => overview.edges.find((edge) => edge.id === id)?.grade;
    expect(grade('s1')).toBe('A');
    expect(grade('s10')).toBe('B');
    expect(grade('s12')).toBe('C');
    expect(overview.edges.find((edge) => edge.id === 's12')?.against).toContain('cant2017');
  });

  const evidencePath = path.resolve('..', 'shared', 'science', 'EVIDENCE.md');
  it.skipIf(!fs.existsSync(evidencePath))('copies every UniProt and ChEBI identifier from EVIDENCE.md', () => {
    const evidence = fs.readFileSync(evidencePath, 'utf8');
    for (const node of model.nodes) {
      for (const gene of node.genes) {
        if (!gene.uniprot) continue;
        const near = new RegExp(`${gene.symbol}[^\\n|]{0,24}${gene.uniprot}`);
        expect(near.test(evidence), `${node.id}: ${gene.symbol} ${gene.uniprot}`).toBe(true);
      }
      if (node.chebi) expect(evidence.includes(node.chebi), `${node.id}: ${node.chebi}`).toBe(true);
    }
  });
});

/** A copy of the real files with one change applied to one section item. */
function withChange(section: string, id: string, change: (item: Record<string, unknown>) => void): RawPathwayFile[] {
  return files.map((file) => {
    const data = structuredClone(file.data) as Record<string, Array<Record<string, unknown>>>;
    const item = data[section]?.find((candidate) => candidate.id === id);
    if (item) change(item);
    return { file: file.file, data };
  });
}

function withViewNode(viewId: string, nodeId: string, change: (placed: Record<string, unknown>) => void): RawPathwayFile[] {
  return withChange('views', viewId, (view) => {
    const placed = (view.nodes as Array<Record<string, unknown>>).find((candidate) => candidate.node === nodeId)!;
    change(placed);
  });
}

describe('checkPathwayFiles rejects bad content with messages that name the fix', () => {
  const cases: Array<[string, RawPathwayFile[], RegExp]> = [
    [
      'an edge to an unknown node',
      withChange('edges', 'd12', (edge) => (edge.target = 'ikkx')),
      /edge "d12" field "target": edge "d12" targets unknown node "ikkx"\. Did you mean "ikk"\?.*Known: lps, /,
    ],
    [
      'an unknown reference',
      withChange('edges', 'd1', (edge) => (edge.refs = ['wright1991'])),
      /edge "d1" field "refs": unknown reference "wright1991"; add it to content\/references/,
    ],
    [
      'a grade C edge without against',
      withChange('edges', 'd6', (edge) => (edge.against = [])),
      /edge "d6" field "against": a grade C edge needs the references that dispute it/,
    ],
    [
      'coordinates outside the viewBox',
      withViewNode('detailed', 'tlr4', (placed) => (placed.x = 1200)),
      /view "detailed" node "tlr4": centre \(1200, 140\) lies outside the viewBox 0 0 1000 720; move it inside/,
    ],
    [
      'an unknown field',
      withChange('nodes', 'tlr4', (node) => (node.uniprot = 'O00206')),
      /node "tlr4": unknown field "uniprot": check the spelling; allowed fields are id, label/,
    ],
    [
      'a duplicate id',
      withChange('edges', 'd2', (edge) => (edge.id = 'd1')),
      /edge "d1": id is already used in .*edges\.yaml; give each edge its own id/,
    ],
    [
      'an unknown node in a view',
      withViewNode('overview', 'lps', (placed) => (placed.node = 'lipopolysaccharide')),
      /view "overview" field "nodes": unknown node "lipopolysaccharide"/,
    ],
    [
      'a bad grade',
      withChange('edges', 'd5', (edge) => (edge.grade = 'D')),
      /edge "d5" field "grade": grade must be one of: A, B, C/,
    ],
    [
      'a summary node as an edge end',
      withChange('edges', 'd1', (edge) => (edge.source = 'cytokines')),
      /"cytokines" is a summary node; model edges must join model nodes/,
    ],
    [
      'a composed edge through an unknown edge',
      withChange('views', 'overview', (view) => ((view.edges as Array<Record<string, unknown>>)[0]!.via = ['d99'])),
      /view "overview" edge "s1" field "via": unknown edge "d99"/,
    ],
  ];

  it.each(cases)('%s', (_name, bad, message) => {
    const { model: result, problems } = checkPathwayFiles(bad, referenceIds);
    expect(result).toBeUndefined();
    expect(problems.join('\n')).toMatch(message);
  });

  it('lists every problem at once, and buildPathwayModel throws them together', () => {
    const bad = withChange('edges', 'd6', (edge) => {
      edge.against = [];
      edge.refs = ['nobody2020'];
    });
    expect(checkPathwayFiles(bad, referenceIds).problems.length).toBeGreaterThanOrEqual(2);
    expect(() => buildPathwayModel(bad, referenceIds)).toThrow(/not valid:\n {2}- .*\n {2}- /);
  });

  it('accepts the real files unchanged', () => {
    expect(checkPathwayFiles(files, referenceIds).problems).toEqual([]);
  });

  it('returns a model that survives a JSON round trip (for the browser island)', () => {
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });
});
