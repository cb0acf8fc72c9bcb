import { describe, expect, it } from 'vitest';
import { prepareDiagram } from '../../../src/pathway/diagram';
import { viewIds } from '../../../src/pathway/ids';
import { loadPathwayModel } from '../../../src/pathway/load-model';
import { nodeAccessibleName } from '../../../src/pathway/names';
import { defaultState, type DiagramState } from '../../../src/pathway/state';

const model = loadPathwayModel();
const prepare = (overrides: Partial<DiagramState>) => prepareDiagram(model, { ...defaultState, ...overrides });

describe('accessible names, carried by the layout', () => {
  it.each(viewIds)('starts every accessible name in the %s view with the node label', (view) => {
    const { layout } = prepare({ view, drug: 'ldn', contested: true });
    for (const node of layout.nodes) {
      expect(node.accessibleName.startsWith(`${node.label}, `), node.id).toBe(true);
      expect(node.accessibleName.endsWith(node.word)).toBe(true);
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
    expect(prepare(overrides).layout.nodes.find((node) => node.id === id)?.accessibleName).toBe(expected);
  });

  it('skips a full name that repeats the label', () => {
    expect(nodeAccessibleName({ label: 'Analgesia', name: 'analgesia', activity: 'blocked' })).toBe('Analgesia, blocked');
  });

  it('names arrows with their evidence grade and status', () => {
    const { layout } = prepare({ view: 'overview' });
    const name = (id: string) => layout.edges.find((edge) => edge.id === id)?.accessibleName;
    expect(name('s3')).toBe('Morphine activates MD-2·TLR4; contested, evidence grade C; not acting in this scenario');
    expect(name('s1')).toBe('LPS activates MD-2·TLR4; evidence grade A; reached');
  });
});
