import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { quizQuestionSchema } from '../../../src/quiz/schema';

const good = parse(fs.readFileSync(path.join(import.meta.dirname, 'fixtures/good.yaml'), 'utf8')) as Array<
  Record<string, unknown>
>;
const single = good[0]!;
const multiple = good[1]!;
const option = (single.options as Array<Record<string, unknown>>)[0]!;

/** The question with one field replaced (undefined removes it). */
function withField(question: Record<string, unknown>, field: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(question);
  if (value === undefined) delete copy[field];
  else copy[field] = value;
  return copy;
}

const messages = (input: unknown) => {
  const result = quizQuestionSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('quizQuestionSchema', () => {
  it.each(good.map((question) => [question.id, question]))('accepts the good fixture %s', (_id, question) => {
    expect(messages(question)).toEqual([]);
  });

  it('fills defaults: correct false, tags empty', () => {
    const parsed = quizQuestionSchema.parse(single);
    expect(parsed.options[1]!.correct).toBe(false);
    expect(parsed.tags).toEqual([]);
  });

  const bad: Array<[string, Record<string, unknown>, RegExp]> = [
    [
      'a misspelt field',
      { ...withField(single, 'prompt', undefined), promt: single.prompt },
      /unknown field "promt".*allowed fields are id, kind, prompt/,
    ],
    ['a missing prompt', withField(single, 'prompt', undefined), /prompt: prompt is required/],
    ['an id with capitals', withField(single, 'id', 'Bad_Id'), /id: must be lowercase letters, digits and single hyphens/],
    ['an unknown kind', withField(single, 'kind', 'true-false'), /kind: kind must be one of: single, multiple/],
    ['one option only', withField(single, 'options', [option]), /options: options needs at least 2 items/],
    [
      'a single-answer question with two right options',
      withField(single, 'options', [option, { ...option, text: 'Another' }]),
      /options: a single-answer question needs exactly one option with correct: true \(found 2\)/,
    ],
    [
      'a single-answer question with no right option',
      withField(single, 'options', [
        { ...option, correct: false },
        { ...option, text: 'B', correct: false },
      ]),
      /found 0/,
    ],
    [
      'a multiple-answer question with every option right',
      withField(multiple, 'options', [option, { ...option, text: 'B' }]),
      /every option is correct: add at least one distractor/,
    ],
    [
      'two options with the same text',
      withField(single, 'options', [option, { ...option, text: 'TLR4 WITH MD-2', correct: false }]),
      /two options read/,
    ],
    [
      'an option without refs',
      withField(single, 'options', [{ ...option, refs: [] }, (single.options as unknown[])[1]]),
      /options.0.refs: refs needs at least one reference key/,
    ],
    [
      'an option without feedback',
      withField(single, 'options', [{ ...option, feedback: undefined }, (single.options as unknown[])[1]]),
      /options.0.feedback: feedback is required/,
    ],
    [
      'feedback too short to explain',
      withField(single, 'options', [{ ...option, feedback: 'Yes.' }, (single.options as unknown[])[1]]),
      /feedback is too short/,
    ],
    [
      'correct written as text',
      withField(single, 'options', [{ ...option, correct: 'yes' }, (single.options as unknown[])[1]]),
      /correct must be true or false/,
    ],
    [
      'an unknown option field',
      withField(single, 'options', [{ ...option, explanation: 'x' }, (single.options as unknown[])[1]]),
      /unknown field "explanation"/,
    ],
  ];

  it.each(bad)('rejects %s with a message that names the fix', (_name, input, expected) => {
    expect(messages(input).join('\n')).toMatch(expected);
  });
});
