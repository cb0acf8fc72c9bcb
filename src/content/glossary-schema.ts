import { z } from 'astro/zod';
import { keySchema, strictObject } from './strict-object';

/** One glossary term; `refs` must resolve to references. */
export const glossarySchema = strictObject({
  /** Stable key, used in <Term id="…"> and in /glossary/#anchors. */
  id: keySchema,
  /** The term as a reader would look it up. */
  term: z.string({ error: 'term is required' }).min(1, { error: 'term must not be empty' }),
  /** Abbreviation, if the term has one (e.g. NNT). */
  abbreviation: z.string().optional(),
  /** Short definition in our own words. */
  definition: z
    .string({ error: 'definition is required: one or two sentences' })
    .min(10, { error: 'definition is too short: write one or two sentences' })
    .max(300, { error: 'definition must be at most 300 characters: move detail into a chapter' }),
  /** Other spellings found in text. */
  aliases: z.array(z.string()).default([]),
  /** Reference keys that support the definition. */
  refs: z.array(keySchema).min(1, { error: 'refs needs at least one reference key that supports the definition' }),
});

export type GlossaryEntry = z.infer<typeof glossarySchema>;
