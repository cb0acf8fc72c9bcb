import { describe, expect, it } from 'vitest';
import { glyphPath, sizeGlyph } from '../../../src/pathway/glyph';
import { nodeKinds } from '../../../src/pathway/ids';

describe('sizeGlyph', () => {
  it.each([
    ['ligand', 'LPS', 'ellipse'],
    ['drug', 'Naltrexone', 'capsule'],
    ['receptor', 'TLR4', 'receptor'],
    ['protein', 'IκBα', 'rounded'],
    ['adaptor', 'MyD88', 'rounded'],
    ['kinase', 'IRAK4', 'rounded'],
    ['transcription-factor', 'NF-κB', 'rounded'],
    ['complex', 'IKK complex', 'complex'],
    ['gene', 'TNF', 'gene'],
    ['cytokine', 'IL-6', 'cytokine'],
    ['phenotype', 'Analgesia', 'hexagon'],
  ] as const)('gives a %s the %s… glyph', (kind, label, shape) => {
    expect(sizeGlyph(kind, label).shape).toBe(shape);
  });

  it('covers every node kind', () => {
    for (const kind of nodeKinds) expect(sizeGlyph(kind, 'X').width).toBeGreaterThan(0);
  });

  it('makes receptors tall enough to span the membrane and wraps long labels', () => {
    expect(sizeGlyph('receptor', 'TLR4').height).toBeGreaterThanOrEqual(64);
    const wrapped = sizeGlyph('receptor', 'TLR4·MD-2 (endosome)');
    expect(wrapped.lines).toEqual(['TLR4·MD-2', '(endosome)']);
    expect(sizeGlyph('phenotype', 'Central sensitisation').lines).toEqual(['Central', 'sensitisation']);
  });

  it('sizes to even whole numbers', () => {
    const { width, height } = sizeGlyph('complex', 'TAK1 complex');
    expect(width % 2).toBe(0);
    expect(height % 2).toBe(0);
  });
});

describe('glyphPath', () => {
  it('draws each shape as a closed path with rounded numbers', () => {
    for (const shape of ['ellipse', 'capsule', 'receptor', 'rounded', 'complex', 'gene', 'cytokine', 'hexagon'] as const) {
      const path = glyphPath(shape, 100.04, 50, 61, 29);
      expect(path).toMatch(/^M.*Z$/);
      expect(path).not.toMatch(/\d\.\d\d/);
    }
    expect(glyphPath('hexagon', 0, 0, 40, 20)).toBe('M-20,0L-10,-10H10L20,0L10,10H-10Z');
  });
});
