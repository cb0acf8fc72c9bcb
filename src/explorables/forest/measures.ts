/**
 * Effect measures of the forest plot. Rows of different measures are never drawn on one axis:
 * a standardised difference (d), points on a pain scale and a percentage change are different units.
 */
export const forestMeasureIds = ['smd', 'pain-md', 'fiqr-md', 'percent-change'] as const;
export type ForestMeasureId = (typeof forestMeasureIds)[number];

export interface ForestMeasure {
  id: ForestMeasureId;
  /** Panel heading. */
  title: string;
  /** Axis caption: the unit. */
  axisLabel: string;
  /** What a value left of zero means; absent where zero is "no change", not "no effect". */
  leftMeans?: string;
  /** What a value right of zero means. */
  rightMeans?: string;
  /** One sentence under the heading (panelNote adds to it what depends on the rows shown). */
  note: string;
  /** Whether rows are between-group effects with a line of no effect (true) or two within-group changes (false). */
  isEffect: boolean;
}

export const forestMeasures: Record<ForestMeasureId, ForestMeasure> = {
  smd: {
    id: 'smd',
    title: 'Standardised mean difference (d)',
    axisLabel: 'd: difference in means divided by the standard deviation (no unit)',
    leftMeans: 'favours LDN',
    rightMeans: 'favours comparison',
    note: 'Pooled estimates from a meta-analysis of randomised trials.',
    isEffect: true,
  },
  'pain-md': {
    id: 'pain-md',
    title: 'Mean difference in pain score',
    axisLabel: 'points on the pain scale each study used',
    leftMeans: 'less pain on LDN',
    rightMeans: 'less pain on comparison',
    note: 'Read each interval against 0; the studies did not all use the same scale, so do not rank the rows.',
    isEffect: true,
  },
  'fiqr-md': {
    id: 'fiqr-md',
    title: 'Mean difference in FIQR score',
    axisLabel: 'points on the Revised Fibromyalgia Impact Questionnaire',
    leftMeans: 'less impact on LDN',
    rightMeans: 'less impact on comparison',
    note: 'A questionnaire of how much fibromyalgia affects daily life, not a pain score.',
    isEffect: true,
  },
  'percent-change': {
    id: 'percent-change',
    title: 'Fall in pain within each group (%)',
    axisLabel: '% fall in pain from the start',
    note: 'Each group’s own change, not a difference between groups with an interval.',
    isEffect: false,
  },
};
