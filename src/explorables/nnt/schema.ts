import { z } from 'astro/zod';
import { keySchema, strictObject } from '../../content/strict-object';
import { pValueSchema, refsSchema, reportedNumberSchema, requiredText } from '../shared/reported-number';

/** Study designs the icon array distinguishes; an observational NNT is not comparable to a randomised one. */
export const nntDesigns = ['randomised', 'observational'] as const;

/** Two responder proportions, as percentages (Younger 2013: 32 vs 11). */
const ratesResult = strictObject({
  kind: z.literal('rates'),
  /** Percentage who improved on the treatment, as reported. */
  treatedPercent: reportedNumberSchema,
  /** Percentage who improved on the comparison (placebo or control), as reported. */
  controlPercent: reportedNumberSchema,
  /** p value of the comparison, as printed. */
  p: pValueSchema.optional(),
});

/** Only an NNT is reported, not the two rates (the 2022 cohort's modelled 3.2). */
const reportedNntResult = strictObject({
  kind: z.literal('reported-nnt'),
  /** The NNT exactly as reported. */
  nnt: reportedNumberSchema,
});

/** A continuous between-group difference with no responder rates: no NNT can be derived (FINAL). */
const noDifferenceResult = strictObject({
  kind: z.literal('no-difference'),
  /** Between-group difference, as reported. */
  difference: reportedNumberSchema,
  /** Lower limit of its 95% confidence interval. */
  ciLow: reportedNumberSchema,
  /** Upper limit of its 95% confidence interval. */
  ciHigh: reportedNumberSchema,
  /** p value as printed. */
  p: pValueSchema,
  /** Unit of the difference, e.g. "points on the pain scale". */
  unit: requiredText('unit'),
});

const resultSchema = z.discriminatedUnion('kind', [ratesResult, reportedNntResult, noDifferenceResult], {
  error:
    'result.kind must be one of: rates (two percentages), reported-nnt (an NNT only), no-difference (a non-significant difference)',
});

/** One source the reader can pick in the NNT icon array (content/evidence/nnt-sources.yaml). */
export const nntSourceSchema = strictObject({
  /** Stable id, used in the URL (?nnt=younger2013); usually the reference key. */
  id: keySchema,
  /** Short label for the radio button. */
  label: requiredText('label'),
  /** Whether chance (randomised) or people's choices (observational) decided who was treated. */
  design: z.enum(nntDesigns, { error: `design must be one of: ${nntDesigns.join(', ')}` }),
  /** Who was studied, with numbers from the source. */
  population: requiredText('population'),
  /** The outcome counted as improving, e.g. "met the trial's responder definition". */
  outcome: requiredText('outcome'),
  /** Name of the treated group as it reads mid-sentence, e.g. "LDN 4.5 mg" (capitalised for titles). */
  treatment: requiredText('treatment'),
  /** Name of the comparison group as it reads mid-sentence, e.g. "placebo" (capitalised for titles). */
  comparison: requiredText('comparison'),
  /** What the source reports; decides what the array can honestly show. */
  result: resultSchema,
  /** Reference keys behind every number of this entry. */
  refs: refsSchema,
  /** A caveat shown with this source. */
  note: requiredText('note').optional(),
}).refine(
  // Only judged once both percentages parsed; a bad percentage has its own message.
  ({ result }) => result.kind !== 'rates' || !(result.treatedPercent.value <= result.controlPercent.value),
  {
    error: 'treatedPercent must be larger than controlPercent: the icon array draws benefit, not harm',
    path: ['result', 'treatedPercent'],
  },
);

export type NntSource = z.output<typeof nntSourceSchema>;
export type NntResult = NntSource['result'];
