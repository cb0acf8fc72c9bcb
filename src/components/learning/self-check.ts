/**
 * Makes each chapter's self-check form (SelfCheck.astro) work: "Check my answers" scores every
 * question, writes a verdict under each one, opens its explanation, marks the reader's choices in
 * it, and announces the score in the form's live region; "Clear my answers" undoes all of that.
 * Answers and the last score are saved in localStorage (src/quiz/progress.ts) and restored on the
 * next visit, quietly (nothing is announced on load).
 */
import { clearProgress, loadProgress, saveProgress, type StoredProgress } from '../../quiz/progress';
import { scoreQuiz, type Answers, type QuestionKey, type QuestionResult } from '../../quiz/score';
import { fillTemplate, optionLetter } from '../../quiz/template';

type Strings = Record<string, string>;

interface Question {
  key: QuestionKey;
  item: HTMLElement;
  inputs: HTMLInputElement[];
  verdict: HTMLElement;
  details: HTMLDetailsElement | null;
  choiceMarks: HTMLElement[];
}

function readQuestion(item: HTMLElement): Question {
  const inputs = [...item.querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]')];
  const answers = [...item.querySelectorAll<HTMLElement>('[data-option]')];
  return {
    key: {
      id: item.dataset.question ?? '',
      kind: item.dataset.kind === 'multiple' ? 'multiple' : 'single',
      options: inputs.length,
      correct: answers.flatMap((answer) => (answer.dataset.correct === 'true' ? [Number(answer.dataset.option)] : [])),
    },
    item,
    inputs,
    verdict: item.querySelector<HTMLElement>('[data-verdict]')!,
    details: item.querySelector('details'),
    choiceMarks: answers.map((answer) => answer.querySelector<HTMLElement>('[data-your-choice]')!),
  };
}

function chosen(question: Question): number[] {
  return question.inputs.flatMap((input, index) => (input.checked ? [index] : []));
}

function showVerdict(question: Question, result: QuestionResult, strings: Strings): void {
  const letters = question.key.correct.map(optionLetter).join(', ');
  const answer = fillTemplate(question.key.correct.length === 1 ? strings.answerIs! : strings.answersAre!, { letters });
  const head = !result.answered ? strings.verdictNone! : result.correct ? strings.verdictRight! : strings.verdictWrong!;
  question.verdict.textContent = result.correct ? `✓ ${head}` : `✗ ${head} ${answer}`;
  question.verdict.classList.toggle('is-right', result.correct);
  question.verdict.classList.toggle('is-wrong', !result.correct);
  question.verdict.hidden = false;
  const picked = new Set(chosen(question));
  question.choiceMarks.forEach((mark, index) => (mark.hidden = !picked.has(index)));
  if (question.details) question.details.open = true;
}

function hideVerdict(question: Question): void {
  question.verdict.hidden = true;
  question.verdict.textContent = '';
  for (const mark of question.choiceMarks) mark.hidden = true;
}

function enhance(form: HTMLFormElement): void {
  const chapterId = form.dataset.selfCheck ?? '';
  const signature = form.dataset.signature ?? '';
  const strings = JSON.parse(form.dataset.strings ?? '{}') as Strings;
  const questions = [...form.querySelectorAll<HTMLElement>('[data-question]')].map(readQuestion);
  const keys = questions.map((question) => question.key);
  const status = form.querySelector<HTMLElement>('[data-result]')!;
  let last: Pick<StoredProgress, 'checked' | 'correct' | 'total'> = { checked: false, correct: 0, total: keys.length };

  const answers = (): Answers => Object.fromEntries(questions.map((question) => [question.key.id, chosen(question)]));
  const save = () => {
    const saved = saveProgress(chapterId, { signature, answers: answers(), ...last });
    if (!saved) status.textContent = strings.notSaved ?? '';
  };
  const summary = (correct: number, total: number, unanswered: number) =>
    [
      fillTemplate(strings.result!, { correct, total }),
      unanswered > 0 ? fillTemplate(strings.unanswered!, { count: unanswered }) : '',
      strings.explain!,
    ]
      .filter(Boolean)
      .join(' ');

  const check = () => {
    const result = scoreQuiz(keys, answers());
    result.questions.forEach((questionResult, index) => showVerdict(questions[index]!, questionResult, strings));
    last = { checked: true, correct: result.correct, total: result.total };
    status.textContent = summary(result.correct, result.total, result.unanswered);
    save();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    check();
  });
  form.addEventListener('change', (event) => {
    const item = (event.target as HTMLElement).closest<HTMLElement>('[data-question]');
    const question = questions.find((candidate) => candidate.item === item);
    if (question) hideVerdict(question);
    // The score was for the answers as checked: with one changed it no longer holds, here, in the
    // chapter list or after a reload, until the reader checks again.
    if (last.checked) {
      last = { checked: false, correct: 0, total: keys.length };
      status.textContent = strings.changed ?? '';
    }
    save();
  });
  form.querySelector('[data-reset]')?.addEventListener('click', () => {
    form.reset();
    for (const question of questions) {
      hideVerdict(question);
      if (question.details) question.details.open = false;
    }
    last = { checked: false, correct: 0, total: keys.length };
    clearProgress(chapterId);
    status.textContent = strings.cleared ?? '';
    questions[0]?.inputs[0]?.focus();
  });

  form.dataset.enhanced = '';

  // Restore a previous visit's answers and verdicts without announcing them.
  const stored = loadProgress(chapterId, signature);
  if (!stored) return;
  for (const question of questions) {
    const picked = new Set(stored.answers[question.key.id] ?? []);
    question.inputs.forEach((input, index) => (input.checked = picked.has(index)));
  }
  if (stored.checked) {
    const result = scoreQuiz(keys, stored.answers);
    result.questions.forEach((questionResult, index) => showVerdict(questions[index]!, questionResult, strings));
    last = { checked: true, correct: result.correct, total: result.total };
    status.setAttribute('aria-live', 'off');
    status.textContent = summary(result.correct, result.total, result.unanswered);
    // Live again for the reader's next check.
    requestAnimationFrame(() => status.setAttribute('aria-live', 'polite'));
  }
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-self-check]')) enhance(form);
