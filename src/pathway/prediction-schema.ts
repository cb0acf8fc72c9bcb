import { z } from 'astro/zod';
import { keySchema, strictObject } from '../content/strict-object';
import { viewIds } from './ids';

/** One answer a reader can pick; its feedback explains why it is right or which misconception it reflects. */
export const predictionOptionSchema = strictObject({
  /** The answer as the reader sees it. */
  text: z.string({ error: 'text is required: the answer as the reader sees it' }).min(2),
  /** True for the one right answer. */
  correct: z.boolean().default(false),
  /** Why this answer is right, or the misconception behind it. */
  feedback: z.string({ error: 'feedback is required: why this answer is right or wrong' }).min(10),
});

/** A "predict, then reveal" question asked before the step that fires `beforeEdge`. */
export const predictionSchema = strictObject({
  /** Stable key. */
  id: keySchema,
  /** Model edge id (content/pathway/edges.yaml) whose step the reader predicts. */
  beforeEdge: keySchema,
  /** Views that ask it; all views that show the step when omitted. */
  views: z.array(z.enum(viewIds, { error: `views must list ids from: ${viewIds.join(', ')}` })).optional(),
  /** The question, asked before the step is shown. */
  question: z.string({ error: 'question is required' }).min(10),
  /** Two to four answers, exactly one correct. */
  options: z
    .array(predictionOptionSchema)
    .min(2, { error: 'options needs 2 to 4 answers' })
    .max(4, { error: 'options allows at most 4 answers' })
    .refine((options) => options.filter((option) => option.correct).length === 1, {
      error: 'options must have exactly one answer with correct: true',
    }),
  /** What happens and why, shown with the step. */
  explanation: z.string({ error: 'explanation is required: what happens and why' }).min(20),
  /** Reference keys for the explanation. */
  refs: z.array(keySchema).min(1, { error: 'refs needs at least one reference key' }),
});

export type Prediction = z.infer<typeof predictionSchema>;
