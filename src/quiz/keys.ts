import type { QuizQuestion } from './schema';
import type { QuestionKey } from './score';

/** The scoring key of each question: what the browser script needs, and nothing more. */
export function questionKeys(questions: readonly QuizQuestion[]): QuestionKey[] {
  return questions.map((question) => ({
    id: question.id,
    kind: question.kind,
    options: question.options.length,
    correct: question.options.flatMap((option, index) => (option.correct ? [index] : [])),
  }));
}
