/**
 * Glyphs by node kind, SBGN-inspired: ligands as ellipses (simple chemicals), drugs as capsules,
 * receptors as tall boxes that span the membrane, proteins as rounded rectangles (macromolecules),
 * complexes as cut-corner boxes, genes as nucleic-acid features (square top, rounded bottom),
 * cytokines as soft rounded boxes, phenotypes as hexagons. Sizes follow the wrapped label.
 */
import type { NodeKind } from './ids';
import { measureText, wrapLabel } from './measure-label';

export type GlyphShape = 'ellipse' | 'capsule' | 'receptor' | 'rounded' | 'complex' | 'gene' | 'cytokine' | 'hexagon';

/** Label font size and line height, in viewBox units. */
export const labelFont = { size: 13, lineHeight: 15 } as const;

/** Offset of the second outline that marks a summary node (SBGN's multimer shadow). */
export const summaryOffset = 4;

interface GlyphSpec {
  shape: GlyphShape;
  maxTextWidth: number;
  padX: number;
  padY: number;
  minWidth: number;
  minHeight: number;
}

const protein = { shape: 'rounded', maxTextWidth: 96, padX: 9, padY: 6, minWidth: 54, minHeight: 28 } as const;

const specs: Record<NodeKind, GlyphSpec> = {
  ligand: { shape: 'ellipse', maxTextWidth: 100, padX: 14, padY: 7, minWidth: 56, minHeight: 28 },
  drug: { shape: 'capsule', maxTextWidth: 110, padX: 15, padY: 6, minWidth: 64, minHeight: 28 },
  receptor: { shape: 'receptor', maxTextWidth: 76, padX: 8, padY: 8, minWidth: 44, minHeight: 64 },
  protein,
  adaptor: protein,
  kinase: protein,
  'transcription-factor': protein,
  complex: { shape: 'complex', maxTextWidth: 100, padX: 12, padY: 6, minWidth: 64, minHeight: 30 },
  gene: { shape: 'gene', maxTextWidth: 80, padX: 9, padY: 5, minWidth: 48, minHeight: 26 },
  cytokine: { shape: 'cytokine', maxTextWidth: 90, padX: 11, padY: 6, minWidth: 54, minHeight: 28 },
  phenotype: { shape: 'hexagon', maxTextWidth: 110, padX: 20, padY: 8, minWidth: 90, minHeight: 34 },
};

export interface GlyphSize {
  shape: GlyphShape;
  lines: string[];
  width: number;
  height: number;
}

const even = (value: number) => Math.ceil(value / 2) * 2;

/** Shape, wrapped label lines and size of a node's glyph. */
export function sizeGlyph(kind: NodeKind, label: string): GlyphSize {
  const spec = specs[kind];
  const lines = wrapLabel(label, spec.maxTextWidth, labelFont.size);
  const textWidth = Math.max(...lines.map((line) => measureText(line, labelFont.size)));
  return {
    shape: spec.shape,
    lines,
    width: even(Math.max(spec.minWidth, textWidth + 2 * spec.padX)),
    height: even(Math.max(spec.minHeight, lines.length * labelFont.lineHeight + 2 * spec.padY)),
  };
}

const r1 = (value: number) => Math.round(value * 10) / 10;

/** SVG path of a glyph of `width` × `height` centred on (x, y). */
export function glyphPath(shape: GlyphShape, x: number, y: number, width: number, height: number): string {
  const left = r1(x - width / 2);
  const right = r1(x + width / 2);
  const top = r1(y - height / 2);
  const bottom = r1(y + height / 2);
  const rx = r1(width / 2);
  const ry = r1(height / 2);
  const roundedRect = (radius: number) => {
    const r = r1(Math.min(radius, width / 2, height / 2));
    return `M${r1(left + r)},${top}H${r1(right - r)}A${r},${r} 0 0 1 ${right},${r1(top + r)}V${r1(bottom - r)}A${r},${r} 0 0 1 ${r1(right - r)},${bottom}H${r1(left + r)}A${r},${r} 0 0 1 ${left},${r1(bottom - r)}V${r1(top + r)}A${r},${r} 0 0 1 ${r1(left + r)},${top}Z`;
  };
  switch (shape) {
    case 'ellipse':
      return `M${left},${r1(y)}A${rx},${ry} 0 1 1 ${right},${r1(y)}A${rx},${ry} 0 1 1 ${left},${r1(y)}Z`;
    case 'capsule':
      return roundedRect(height / 2);
    case 'receptor':
      return roundedRect(10);
    case 'rounded':
      return roundedRect(6);
    case 'cytokine':
      return roundedRect(12);
    case 'complex': {
      const c = r1(Math.min(8, height / 3));
      return `M${r1(left + c)},${top}H${r1(right - c)}L${right},${r1(top + c)}V${r1(bottom - c)}L${r1(right - c)},${bottom}H${r1(left + c)}L${left},${r1(bottom - c)}V${r1(top + c)}Z`;
    }
    case 'gene': {
      const r = r1(Math.min(8, height / 2));
      return `M${left},${top}H${right}V${r1(bottom - r)}A${r},${r} 0 0 1 ${r1(right - r)},${bottom}H${r1(left + r)}A${r},${r} 0 0 1 ${left},${r1(bottom - r)}Z`;
    }
    case 'hexagon': {
      const inset = r1(Math.min(14, height / 2));
      return `M${left},${r1(y)}L${r1(left + inset)},${top}H${r1(right - inset)}L${right},${r1(y)}L${r1(right - inset)},${bottom}H${r1(left + inset)}Z`;
    }
  }
}
