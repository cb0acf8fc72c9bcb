/**
 * compartmentLayout: the cell as a student pictures it. The membrane is a lipid bilayer band
 * along the cell outline (two leaflets of head groups around a band of tails); the endosome and
 * the neuron have their own bilayer; the nucleus has a double envelope.
 */
import type { CompartmentId } from './ids';
import { ellipsePath, roundedRectPath, round1 } from './geometry';
import type { PathwayContent, PathwayView } from './model';
import type { ViewCompartment } from './schema';

export interface LayoutText {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface LayoutCompartment {
  /** Compartment id (unique within a view). */
  id: CompartmentId;
  /** Area fill: background, cytoplasm, endosome lumen, nucleoplasm or neuron. */
  fillPath: string;
  /** Bilayer band between the two leaflets (fill-rule evenodd); empty for regions without one. */
  bandPath: string;
  /** The two leaflets (outer, inner), drawn as rows of head groups; empty when no bilayer. */
  leafletPaths: string[];
  label: LayoutText | undefined;
}

/** Bilayer thickness per compartment, in viewBox units (0: no membrane drawn). */
const bandWidth: Record<CompartmentId, number> = {
  extracellular: 0,
  cytoplasm: 0,
  membrane: 20,
  endosome: 10,
  nucleus: 8,
  neuron: 20,
};

function shapePaths(shape: ViewCompartment, grow: number): string {
  if (shape.rect) {
    const { x, y, width, height, radius } = shape.rect;
    return roundedRectPath({ x: x - grow, y: y - grow, width: width + 2 * grow, height: height + 2 * grow }, radius + grow);
  }
  const { cx, cy, rx, ry } = shape.ellipse!;
  return ellipsePath(cx, cy, rx + grow, ry + grow);
}

export function compartmentLayout(model: PathwayContent, view: PathwayView): LayoutCompartment[] {
  return view.compartments.map((shape) => {
    const band = bandWidth[shape.compartment];
    const outer = band > 0 ? shapePaths(shape, band / 2) : '';
    const inner = band > 0 ? shapePaths(shape, -band / 2) : '';
    const label = model.compartments.find((compartment) => compartment.id === shape.compartment)?.label ?? shape.compartment;
    return {
      id: shape.compartment,
      fillPath: shape.compartment === 'membrane' ? '' : shapePaths(shape, 0),
      bandPath: band > 0 ? `${outer}${inner}` : '',
      leafletPaths: band > 0 ? [outer, inner] : [],
      label: shape.label
        ? { text: label, x: round1(shape.label.x), y: round1(shape.label.y), anchor: shape.label.anchor }
        : undefined,
    };
  });
}
