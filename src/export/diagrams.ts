/**
 * The diagrams an educator can embed, present and export: the pathway diagram and the three
 * explorables. Ids are public (they are in /embed/<id>/ and /present/<id>/ addresses), so add
 * entries but never rename one. `page` is where the diagram lives on the full site, relative to
 * the base; `params` are the URL parameters that carry its state there.
 */
import { diagramParams, type DiagramId } from './diagram-params';

export { diagramIds, diagramSearch, isDiagramId, type DiagramId } from './diagram-params';

export interface DiagramInfo {
  id: DiagramId;
  title: string;
  /** One sentence for link previews, oEmbed and the builder. */
  summary: string;
  /** The full page (relative to the site base), e.g. "diagrams/tlr4-pathway/". */
  page: string;
  /** The query parameters that hold this diagram's state on its page, its embed and its presentation. */
  params: readonly string[];
  /**
   * Iframe height (px) that shows the whole embed at widths from 640 to 1000 px (an LMS column),
   * for each `controls` setting, in its tallest state (the pathway's: the most scenario notes);
   * tests/browser/embed.spec.ts checks them on the built embeds. Narrower frames need the host
   * script (or a taller frame).
   */
  heights: { full: number; steps: number; none: number };
}

export const diagrams: Record<DiagramId, DiagramInfo> = {
  'tlr4-pathway': {
    id: 'tlr4-pathway',
    title: 'The TLR4 pathway, step by step',
    summary:
      'An interactive, cited diagram of TLR4/MD-2 signalling to NF-κB, IRF3 and cytokines in microglia, with opioids and naltrexone.',
    page: 'diagrams/tlr4-pathway/',
    params: diagramParams['tlr4-pathway'],
    heights: { full: 1760, steps: 1350, none: 1260 },
  },
  'nnt-icon-array': {
    id: 'nnt-icon-array',
    title: 'The number needed to treat, drawn as 100 people',
    summary: 'An icon array of how many people improve with and without treatment, and the NNT worked out step by step.',
    page: 'learn/the-2022-cohort-study/',
    params: diagramParams['nnt-icon-array'],
    heights: { full: 1340, steps: 1160, none: 1160 },
  },
  'forest-plot': {
    id: 'forest-plot',
    title: 'LDN trials and reviews: a forest plot',
    summary: 'Each LDN trial and review result as reported, one panel per effect measure, filterable by condition.',
    page: 'learn/evidence-and-safety/',
    params: diagramParams['forest-plot'],
    heights: { full: 2740, steps: 2600, none: 2600 },
  },
  'dose-timeline': {
    id: 'dose-timeline',
    title: 'Dose and time: naltrexone after one oral dose',
    summary: 'A teaching model of plasma naltrexone and 6β-naltrexol, and modelled μ-receptor occupancy, over 24 or 72 hours.',
    page: 'learn/dose-matters/',
    params: diagramParams['dose-timeline'],
    heights: { full: 2990, steps: 2580, none: 2580 },
  },
};
