import { z } from 'astro/zod';
import { strictObject } from './strict-object';

/** Frontmatter of an MDX chapter in content/chapters/. */
export const chapterSchema = strictObject({
  /** Chapter title, shown as the page heading. */
  title: z.string({ error: 'title is required: add title: "…" to the frontmatter' }).min(3, { error: 'title is too short' }),
  /** Position in the reading order, 1 for the first chapter; unique. */
  order: z
    .number({ error: 'order is required: a whole number such as 3 (its place in the reading order)' })
    .int({ error: 'order must be a whole number' })
    .positive({ error: 'order must be 1 or more' }),
  /** One or two sentences for the chapter list and the page description. */
  summary: z
    .string({ error: 'summary is required: one or two sentences about what the reader will learn' })
    .min(20, { error: 'summary is too short: one or two sentences' })
    .max(240, { error: 'summary must be at most 240 characters' }),
  /** Learning objectives, each starting with a verb. */
  objectives: z
    .array(z.string().min(10, { error: 'each objective must be a full phrase starting with a verb' }), {
      error: 'objectives is required: a list of 2–6 learning objectives',
    })
    .min(2, { error: 'objectives needs at least 2 items' })
    .max(6, { error: 'objectives allows at most 6 items' }),
  /** Date the science was last checked, YYYY-MM-DD. */
  lastReviewed: z.coerce.date({ error: 'lastReviewed must be a date written as YYYY-MM-DD' }),
});

export type ChapterFrontmatter = z.infer<typeof chapterSchema>;
