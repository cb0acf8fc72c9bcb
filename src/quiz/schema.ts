/**
 * The schema of a chapter's self-check: content/quizzes/<chapter-id>.yaml is a YAML list of
 * 3 to 6 questions. Each question is single-answer (radio buttons) or multiple-answer
 * (checkboxes); every option carries feedback aimed at a known misconception and at least one
 * reference key. Reference keys and the chapter id are checked by read-quizzes.ts.
 */
import { z } from 'astro/zod';
import { keySchema, strictObject } from '../content/strict-object';

export const questionKinds = ['single', 'multiple'] as const;
export type QuestionKind = (typeof questionKinds)[number];

/** Fewest and most questions a chapter's self-check may have. */
export const questionsPerChapter = { min: 3, max: 6 } as const;

const text = (field: string, min: number, max: number) =>
  z
    .string({ error: `${field} is required: write it as text` })
    .trim()
    .min(min, { error: `${field} is too short: write at least ${min} characters` })
    .max(max, { error: `${field} must be at most ${max} characters: split it or move detail into the chapter` });

/** One answer option. */
export const quizOptionSchema = strictObject({
  /** The option as the reader sees it. */
  text: text('text', 1, 240),
  /** True for a right answer; omit (or false) for a distractor. */
  correct: z.boolean({ error: 'correct must be true or false (without quotes)' }).default(false),
  /** Why this option is right or wrong, in your own words, aimed at the misconception it tests. */
  feedback: text('feedback', 20, 500),
  /** Reference keys that support the feedback (at least one). */
  refs: z
    .array(keySchema, { error: 'refs is required: a list of reference keys, e.g. [tanga2005]' })
    .min(1, { error: 'refs needs at least one reference key that supports the feedback' }),
});

/** One question. */
export const quizQuestionSchema = strictObject({
  /** Stable key, unique across all quizzes; stored answers and Anki notes are keyed by it. */
  id: keySchema,
  /** single: exactly one right option (radio buttons); multiple: one or more (checkboxes). */
  kind: z.enum(questionKinds, { error: `kind must be one of: ${questionKinds.join(', ')}` }),
  /** The question, in your own words. */
  prompt: text('prompt', 10, 400),
  /** 2 to 6 options, in the order shown; vary where the right answer sits. */
  options: z
    .array(quizOptionSchema, { error: 'options is required: a list of 2 to 6 options' })
    .min(2, { error: 'options needs at least 2 items' })
    .max(6, { error: 'options allows at most 6 items' }),
  /** Optional labels, e.g. evidence-against; they become Anki tags too. */
  tags: z.array(keySchema).default([]),
}).superRefine((question, context) => {
  const correct = question.options.filter((option) => option.correct).length;
  if (question.kind === 'single' && correct !== 1) {
    context.addIssue({
      code: 'custom',
      path: ['options'],
      message: `a single-answer question needs exactly one option with correct: true (found ${correct}); use kind: multiple for more`,
    });
  }
  if (question.kind === 'multiple' && correct === 0) {
    context.addIssue({
      code: 'custom',
      path: ['options'],
      message: 'a multiple-answer question needs at least one option with correct: true',
    });
  }
  if (question.kind === 'multiple' && correct === question.options.length) {
    context.addIssue({
      code: 'custom',
      path: ['options'],
      message: 'every option is correct: add at least one distractor (correct: false) so the question tests something',
    });
  }
  const texts = question.options.map((option) => option.text.toLowerCase());
  const repeated = texts.find((value, index) => texts.indexOf(value) !== index);
  if (repeated !== undefined) {
    context.addIssue({
      code: 'custom',
      path: ['options'],
      message: `two options read "${repeated}": make each option different`,
    });
  }
});

export type QuizOption = z.output<typeof quizOptionSchema>;
export type QuizQuestion = z.output<typeof quizQuestionSchema>;

/** A chapter's self-check as the site uses it: the chapter id (the file name) and its questions. */
export interface ChapterQuiz {
  /** Chapter id, e.g. "tlr4-and-md2" (content/quizzes/tlr4-and-md2.yaml). */
  id: string;
  questions: QuizQuestion[];
}

/** A collection entry (src/content.config.ts): the questions of one chapter, already checked by read-quizzes.ts. */
export const quizCollectionSchema = strictObject({
  id: z.string(),
  questions: z.array(quizQuestionSchema),
});
