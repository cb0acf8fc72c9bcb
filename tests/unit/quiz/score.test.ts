import { describe, expect, it } from 'vitest';
import { quizSignature, scoreQuestion, scoreQuiz, type QuestionKey } from '../../../src/quiz/score';
import { fillTemplate, optionLetter } from '../../../src/quiz/template';

const single: QuestionKey = { id: 'a', kind: 'single', options: 3, correct: [1] };
const multiple: QuestionKey = { id: 'b', kind: 'multiple', options: 4, correct: [0, 2] };

describe('scoreQuestion', () => {
  it.each([
    ['the right option', single, [1], { answered: true, correct: true, missed: [], wrong: [] }],
    ['a wrong option', single, [0], { answered: true, correct: false, missed: [1], wrong: [0] }],
    ['nothing', single, [], { answered: false, correct: false, missed: [1], wrong: [] }],
    ['every right option', multiple, [2, 0], { answered: true, correct: true, missed: [], wrong: [] }],
    ['only some right options', multiple, [0], { answered: true, correct: false, missed: [2], wrong: [] }],
    ['the right options and a wrong one', multiple, [0, 2, 3], { answered: true, correct: false, missed: [], wrong: [3] }],
  ] as const)('%s', (_name, key, chosen, expected) => {
    expect(scoreQuestion(key, chosen)).toEqual({ id: key.id, ...expected });
  });
});

describe('scoreQuiz', () => {
  it('counts right and unanswered questions', () => {
    const result = scoreQuiz([single, multiple], { a: [1] });
    expect(result).toMatchObject({ total: 2, correct: 1, unanswered: 1 });
  });
});

describe('quizSignature', () => {
  it('is stable for the same questions and changes when an answer, kind or option count changes', () => {
    const base = quizSignature([single, multiple]);
    expect(quizSignature([single, multiple])).toBe(base);
    expect(quizSignature([{ ...single, correct: [2] }, multiple])).not.toBe(base);
    expect(quizSignature([{ ...single, options: 4 }, multiple])).not.toBe(base);
    expect(quizSignature([single, { ...multiple, kind: 'single' }])).not.toBe(base);
  });
});

describe('fillTemplate and optionLetter', () => {
  it('fills named slots and leaves unknown ones', () => {
    expect(fillTemplate('{correct} of {total}, {other}', { correct: 3, total: 5 })).toBe('3 of 5, {other}');
  });
  it('letters options from A', () => {
    expect([0, 1, 5].map(optionLetter)).toEqual(['A', 'B', 'F']);
  });
});
