import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema } from './content/chapter-schema';
import { contentRoot } from './content/content-root';
import { readGlossary } from './content/glossary';
import { glossarySchema } from './content/glossary-schema';
import { readReferenceIds, readReferences } from './content/references';
import { referenceSchema } from './content/reference-schema';
import { readChapterIds, readQuizzes } from './quiz/read-quizzes';
import { quizCollectionSchema } from './quiz/schema';

/** MDX chapters; the id (and URL) is the file name, e.g. content/chapters/beyond-opioids.mdx → /learn/beyond-opioids/. */
const chapters = defineCollection({
  loader: glob({
    pattern: '*.mdx',
    base: path.join(contentRoot(), 'chapters'),
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: chapterSchema,
});

/** Every source, from content/references/*.yaml (one YAML list per file). */
const references = defineCollection({
  loader: () => readReferences(),
  schema: referenceSchema,
});

/** Glossary terms, from content/glossary/*.yaml; their reference keys must resolve. */
const glossary = defineCollection({
  loader: () => readGlossary(readReferenceIds()),
  schema: glossarySchema,
});

/**
 * Chapter self-checks, from content/quizzes/<chapter-id>.yaml; their reference keys must resolve
 * (src/quiz/read-quizzes.ts). The entry id is the chapter id; a file named after no chapter is
 * left out with a warning here, and fails the unit tests (tests/unit/quiz).
 */
const quizzes = defineCollection({
  loader: () =>
    readQuizzes({
      referenceIds: readReferenceIds(),
      chapterIds: readChapterIds(),
      unknownChapter: { warn: (message) => console.warn(`[quizzes] ${message}`) },
    }),
  schema: quizCollectionSchema,
});

export const collections = { chapters, references, glossary, quizzes };
