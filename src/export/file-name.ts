/**
 * Names of exported files: the diagram, then its state in words, then the variant, e.g.
 * "tlr4-pathway_detailed-lps-ldn-microglia-contested_step-3_2x.png". Only lowercase letters,
 * digits, dots and hyphens inside a part, parts joined by "_", at most 120 characters before the
 * extension, so the name is safe on every file system and readable in a slide deck's folder.
 */
import type { DiagramState } from '../pathway/state';
import type { DiagramId } from './diagrams';

/** Lowercase words joined by hyphens; anything else dropped. "4.5 mg" → "4.5-mg". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[-.]+|[-.]+$/g, '');
}

/** "detailed-lps-ldn-microglia-contested" plus "_step-3" unless the whole picture is shown. */
export function pathwayStateSlug(state: DiagramState): string {
  const scenario = [
    state.view,
    state.ligands.length > 0 ? state.ligands.join('-') : 'no-stimulus',
    state.drug === 'none' ? 'no-drug' : state.drug,
    state.cell,
    state.contested ? 'contested' : '',
  ];
  const words = slugify(scenario.filter(Boolean).join(' '));
  return state.step === 'last' ? words : `${words}_step-${state.step}`;
}

/** The values of a query, in order, as one slug: "?dose=4.5&hours=72&compare=1" → "dose-4.5-hours-72-compare-1". */
export function querySlug(search: string): string {
  const pairs = [...new URLSearchParams(search)].flatMap(([name, value]) => [name, value]);
  return slugify(pairs.join(' '));
}

export type ExportKind = 'svg' | 'png' | 'pptx';

export interface ExportNameOptions {
  /** PNG scale, written as "_2x". */
  scale?: number;
  /** An SVG or PNG with a transparent background, written as "_transparent". */
  transparent?: boolean;
  /** A deck of every step, written as "_slides". */
  slides?: boolean;
}

export function exportFileName(diagram: DiagramId, stateSlug: string, kind: ExportKind, options: ExportNameOptions = {}): string {
  const parts = [
    diagram,
    slugify(stateSlug.replace(/_/g, ' ')) === '' ? 'default' : stateSlug.split('_').map(slugify).filter(Boolean).join('_'),
    options.slides ? 'slides' : '',
    kind === 'png' && options.scale ? `${options.scale}x` : '',
    options.transparent ? 'transparent' : '',
  ].filter(Boolean);
  const name = parts
    .join('_')
    .slice(0, 120)
    .replace(/[-_.]+$/, '');
  return `${name}.${kind}`;
}
