/**
 * Scoring a self-check: pure functions shared by the browser script and the unit tests.
 * A question is answered correctly when the chosen options are exactly its right options.
 */

/** What the page knows about a question: its kind and which option indices are right. */
export interface QuestionKey {
  id: string;
  kind: 'single' | 'multiple';
  /** How many options the question has. */
  options: number;
  correct: readonly number[];
}

export interface QuestionResult {
  id: string;
  answered: boolean;
  correct: boolean;
  /** Right options the reader did not choose. */
  missed: number[];
  /** Options the reader chose that are wrong. */
  wrong: number[];
}

export interface QuizResult {
  total: number;
  correct: number;
  unanswered: number;
  questions: QuestionResult[];
}

/** Chosen option indices, by question id. */
export type Answers = Record<string, readonly number[]>;

export function scoreQuestion(key: QuestionKey, chosen: readonly number[] = []): QuestionResult {
  const picked = new Set(chosen);
  const right = new Set(key.correct);
  const missed = key.correct.filter((index) => !picked.has(index));
  const wrong = [...picked].filter((index) => !right.has(index)).sort((a, b) => a - b);
  return {
    id: key.id,
    answered: picked.size > 0,
    correct: picked.size > 0 && missed.length === 0 && wrong.length === 0,
    missed,
    wrong,
  };
}

export function scoreQuiz(keys: readonly QuestionKey[], answers: Answers): QuizResult {
  const questions = keys.map((key) => scoreQuestion(key, answers[key.id]));
  return {
    total: keys.length,
    correct: questions.filter((result) => result.correct).length,
    unanswered: questions.filter((result) => !result.answered).length,
    questions,
  };
}

/**
 * A short fingerprint of a self-check's questions and right answers. Stored answers carry it, so
 * answers saved before the questions changed are dropped instead of being shown against new ones.
 */
export function quizSignature(keys: readonly QuestionKey[]): string {
  const text = keys.map((key) => `${key.id}:${key.kind}:${key.options}:${key.correct.join('.')}`).join('|');
  let hash = 2166136261;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return (hash >>> 0).toString(36);
}
