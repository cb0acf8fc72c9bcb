import { z } from 'astro/zod';
import { keySchema, strictObject } from '../../content/strict-object';
import { pValueSchema, refsSchema, reportedNumberSchema, requiredText } from '../shared/reported-number';
import { forestMeasureIds } from './measures';

export const forestDesigns = ['rct', 'meta-analysis', 'observational'] as const;
export const forestConditions = ['fibromyalgia', 'mixed-chronic-pain'] as const;

/** A 95% confidence interval as reported, or the explicit statement that none was reported. */
const intervalSchema = z.union(
  [
    strictObject({
      /** Lower 95% limit. */
      low: reportedNumberSchema,
      /** Upper 95% limit. */
      high: reportedNumberSchema,
    }),
    z.literal('not-reported'),
  ],
  { error: 'interval must be { low: …, high: … } or the words not-reported' },
);

/** One result row of the forest plot (content/evidence/forest-rows.yaml). */
export const forestRowSchema = strictObject({
  /** Stable id, unique in the file, e.g. "bruun2024-pain". */
  id: keySchema,
  /** Short name shown on the row, e.g. "FINAL trial (Bruun et al. 2024)". */
  study: requiredText('study'),
  /** rct, meta-analysis (of randomised trials) or observational. */
  design: z.enum(forestDesigns, { error: `design must be one of: ${forestDesigns.join(', ')}` }),
  /** Who was studied: fibromyalgia only, or mixed chronic pain. */
  condition: z.enum(forestConditions, { error: `condition must be one of: ${forestConditions.join(', ')}` }),
  /** Size, set-up and comparison, with numbers from the source, e.g. "99 women, naltrexone 6 mg or placebo for 12 weeks". */
  population: requiredText('population'),
  /** What LDN was compared with, e.g. "placebo" (names the hollow marker of a within-group row). */
  comparison: requiredText('comparison'),
  /** Effect measure; decides the panel (rows of different measures never share an axis). */
  measure: z.enum(forestMeasureIds, { error: `measure must be one of: ${forestMeasureIds.join(', ')}` }),
  /** Point estimate, LDN minus comparison (effect measures only). */
  estimate: reportedNumberSchema.optional(),
  /** Its 95% confidence interval, or not-reported (effect measures only). */
  interval: intervalSchema.optional(),
  /** The two groups' own values (percent-change only). */
  groups: strictObject({
    /** Value in the LDN group. */
    ldn: reportedNumberSchema,
    /** Value in the comparison group. */
    comparison: reportedNumberSchema,
  }).optional(),
  /** p value as printed. */
  p: pValueSchema.optional(),
  /** An effect size the source adds, as printed, e.g. "d = 0.23" or "effect size 0.15". */
  effectSize: requiredText('effectSize').optional(),
  /** Reference keys behind the numbers. */
  refs: refsSchema,
  /** Caveat shown with the row. */
  note: requiredText('note').optional(),
}).superRefine((row, context) => {
  const problem = (message: string, path: string) => context.addIssue({ code: 'custom', message, path: [path] });
  if (row.measure === 'percent-change') {
    if (!row.groups) problem('a percent-change row needs groups: { ldn: …, comparison: … }', 'groups');
    if (row.estimate || row.interval)
      problem('a percent-change row has no estimate or interval: remove them and use groups', 'estimate');
    return;
  }
  if (row.groups) problem(`a ${row.measure} row has no groups: use estimate and interval`, 'groups');
  if (!row.estimate) problem(`a ${row.measure} row needs estimate: the reported difference`, 'estimate');
  if (!row.interval) problem('interval is required: { low: …, high: … }, or not-reported when the source gives none', 'interval');
  if (row.estimate && row.interval && row.interval !== 'not-reported') {
    const { low, high } = row.interval;
    if (!(low.value <= row.estimate.value && row.estimate.value <= high.value)) {
      problem(
        `interval ${low.text} to ${high.text} must contain the estimate ${row.estimate.text}: check the order and the signs`,
        'interval',
      );
    }
  }
});

export type ForestRow = z.output<typeof forestRowSchema>;
export type ForestDesign = (typeof forestDesigns)[number];
export type ForestCondition = (typeof forestConditions)[number];
