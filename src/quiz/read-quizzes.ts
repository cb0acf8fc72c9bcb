/**
 * Reads content/quizzes/<chapter-id>.yaml at build time: each file is a YAML list of questions
 * for the chapter of the same name. Collects every problem (bad YAML, a field that fails the
 * schema, an unknown chapter or reference key, a question id used twice, too few or too many
 * questions) and throws one ContentError that names the file, the question, the field and the fix.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { contentRoot, displayPath } from '../content/content-root';
import { ContentError, formatIssues } from '../content/format-issues';
import { listYamlFiles } from '../content/read-yaml-list';
import { closestKeys } from '../content/references';
import { questionsPerChapter, quizQuestionSchema, type ChapterQuiz, type QuizQuestion } from './schema';

export interface QuizSources {
  /** Keys of every reference (content/references). */
  referenceIds: ReadonlySet<string>;
  /** Ids of every chapter (content/chapters/<id>.mdx). */
  chapterIds: ReadonlySet<string>;
  /** Content folder; content/ by default. */
  root?: string;
  /**
   * A quiz file named after no chapter: an error (the default), or, at build time, a warning
   * through `warn` and the file is left out, so a content set with fewer chapters (as the
   * build-error tests make) still builds. tests/unit/quiz checks the site's own files strictly.
   */
  unknownChapter?: 'error' | { warn: (message: string) => void };
}

/** Chapter ids from the MDX file names in <root>/chapters. */
export function readChapterIds(root = contentRoot()): Set<string> {
  const dir = path.join(root, 'chapters');
  if (!fs.existsSync(dir)) return new Set();
  return new Set(
    fs
      .readdirSync(dir)
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => name.replace(/\.mdx$/, '')),
  );
}

/** Checks one file's parsed YAML; returns its questions (possibly partial) and the problems found. */
/** The problem with a quiz file named after no chapter. */
export function unknownChapterProblem(file: string, chapterId: string, chapterIds: ReadonlySet<string>): string {
  return `${file}: there is no chapter "${chapterId}"; name the file after a chapter in content/chapters/ (${[...chapterIds].sort().join(', ')})`;
}

export function checkQuizFile(
  file: string,
  chapterId: string,
  data: unknown,
  sources: Pick<QuizSources, 'referenceIds' | 'chapterIds'>,
): { questions: QuizQuestion[]; problems: string[] } {
  const problems: string[] = [];
  if (!Array.isArray(data)) {
    problems.push(`${file}: must be a YAML list of questions, each starting with "- id: …"`);
    return { questions: [], problems };
  }
  if (data.length < questionsPerChapter.min || data.length > questionsPerChapter.max) {
    problems.push(
      `${file}: has ${data.length} question${data.length === 1 ? '' : 's'}; a self-check needs ${questionsPerChapter.min} to ${questionsPerChapter.max}`,
    );
  }
  const questions: QuizQuestion[] = [];
  data.forEach((item: unknown, index) => {
    const id = (item as { id?: unknown } | null)?.id;
    const where = `${file} question ${typeof id === 'string' ? `"${id}"` : `#${index + 1}`}`;
    const result = quizQuestionSchema.safeParse(item);
    if (!result.success) {
      problems.push(...formatIssues(where, result.error.issues));
      return;
    }
    result.data.options.forEach((option, optionIndex) => {
      for (const key of option.refs) {
        if (sources.referenceIds.has(key)) continue;
        const near = closestKeys(key, sources.referenceIds);
        problems.push(
          `${where} field "options.${optionIndex}.refs": unknown reference "${key}"; add it to content/references/*.yaml or fix the key` +
            (near.length > 0 ? ` (similar keys: ${near.join(', ')})` : ''),
        );
      }
    });
    questions.push(result.data);
  });
  return { questions, problems };
}

/** Every chapter's self-check, validated, in file-name order. */
export function readQuizzes(sources: QuizSources): ChapterQuiz[] {
  const dir = path.join(sources.root ?? contentRoot(), 'quizzes');
  const names = listYamlFiles(dir);
  const problems: string[] = [];
  const quizzes: ChapterQuiz[] = [];
  const seen = new Map<string, string>();
  for (const name of names) {
    const file = displayPath(path.join(dir, name));
    let data: unknown;
    try {
      data = parse(fs.readFileSync(path.join(dir, name), 'utf8'));
    } catch (error) {
      problems.push(`${file}: not valid YAML (${(error as Error).message.split('\n')[0]})`);
      continue;
    }
    const chapterId = name.replace(/\.yaml$/, '');
    if (!sources.chapterIds.has(chapterId)) {
      const problem = unknownChapterProblem(file, chapterId, sources.chapterIds);
      if (sources.unknownChapter && sources.unknownChapter !== 'error') {
        sources.unknownChapter.warn(`${problem}; it is left out of the build`);
        continue;
      }
      problems.push(problem);
    }
    const checked = checkQuizFile(file, chapterId, data, sources);
    problems.push(...checked.problems);
    for (const question of checked.questions) {
      const previous = seen.get(question.id);
      if (previous)
        problems.push(`${file} question "${question.id}": id is already used in ${previous}; give each question its own id`);
      else seen.set(question.id, file);
    }
    quizzes.push({ id: chapterId, questions: checked.questions });
  }
  if (problems.length > 0) throw new ContentError(problems, `Self-check questions in ${displayPath(dir)} are not valid`);
  return quizzes;
}
