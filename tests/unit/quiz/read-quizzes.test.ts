import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/content/format-issues';
import { readReferenceIds } from '../../../src/content/references';
import { readChapterIds, readQuizzes } from '../../../src/quiz/read-quizzes';
import { questionsPerChapter } from '../../../src/quiz/schema';

const goodYaml = fs.readFileSync(path.join(import.meta.dirname, 'fixtures/good.yaml'), 'utf8');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'quiz-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const referenceIds = new Set([
  'poltorak1998',
  'corder2017',
  'wright1990',
  'park2009',
  'martinon2002',
  'mattioli2014',
  'eisenstein2019',
]);
const chapterIds = new Set(['tlr4-and-md2', 'receptor-to-nucleus']);

/** A content folder holding quizzes/<name>.yaml for each file given. */
function contentWith(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(scratch, 'content-'));
  fs.mkdirSync(path.join(root, 'quizzes'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(root, 'quizzes', name), text);
  return root;
}

function problems(files: Record<string, string>): string[] {
  try {
    readQuizzes({ referenceIds, chapterIds, root: contentWith(files) });
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems;
  }
}

describe('readQuizzes', () => {
  it('reads a good file as the self-check of the chapter it is named after', () => {
    const quizzes = readQuizzes({ referenceIds, chapterIds, root: contentWith({ 'tlr4-and-md2.yaml': goodYaml }) });
    expect(quizzes.map((quiz) => quiz.id)).toEqual(['tlr4-and-md2']);
    expect(quizzes[0]!.questions.map((question) => question.id)).toEqual(['fixture-single', 'fixture-multiple', 'fixture-third']);
  });

  const cases: Array<[string, Record<string, string>, RegExp]> = [
    [
      'an unknown reference key',
      { 'tlr4-and-md2.yaml': goodYaml.replace('[poltorak1998]', '[poltorak1989]') },
      /tlr4-and-md2\.yaml question "fixture-single" field "options\.0\.refs": unknown reference "poltorak1989"; add it to content\/references\/\*\.yaml or fix the key/,
    ],
    [
      'a file named after no chapter',
      { 'tlr4.yaml': goodYaml },
      /tlr4\.yaml: there is no chapter "tlr4"; name the file after a chapter in content\/chapters\/ \(receptor-to-nucleus, tlr4-and-md2\)/,
    ],
    [
      'too few questions',
      { 'tlr4-and-md2.yaml': goodYaml.slice(0, goodYaml.indexOf('- id: fixture-multiple')) },
      new RegExp(`has 1 question; a self-check needs ${questionsPerChapter.min} to ${questionsPerChapter.max}`),
    ],
    [
      'a question id used in two files',
      { 'tlr4-and-md2.yaml': goodYaml, 'receptor-to-nucleus.yaml': goodYaml },
      /question "fixture-single": id is already used in .*receptor-to-nucleus\.yaml/,
    ],
    ['YAML that does not parse', { 'tlr4-and-md2.yaml': '- id: [unclosed' }, /tlr4-and-md2\.yaml: not valid YAML/],
    ['a file that is not a list', { 'tlr4-and-md2.yaml': 'id: x\n' }, /must be a YAML list of questions/],
    [
      'a schema error, with file, question and field',
      { 'tlr4-and-md2.yaml': goodYaml.replace('kind: multiple', 'kind: many') },
      /tlr4-and-md2\.yaml question "fixture-multiple" field "kind": kind must be one of: single, multiple/,
    ],
  ];

  it.each(cases)('fails on %s, naming the file and the fix', (_name, files, expected) => {
    expect(problems(files).join('\n')).toMatch(expected);
  });

  it('can leave out a file named after no chapter with a warning, for content sets with fewer chapters', () => {
    const warnings: string[] = [];
    const quizzes = readQuizzes({
      referenceIds,
      chapterIds,
      root: contentWith({ 'tlr4-and-md2.yaml': goodYaml, 'gone.yaml': goodYaml.replaceAll('fixture-', 'gone-') }),
      unknownChapter: { warn: (message) => warnings.push(message) },
    });
    expect(quizzes.map((quiz) => quiz.id)).toEqual(['tlr4-and-md2']);
    expect(warnings).toEqual([expect.stringMatching(/gone\.yaml: there is no chapter "gone"; .* it is left out of the build$/)]);
  });

  it('reports every problem at once, not just the first', () => {
    const twice = goodYaml.replace('[poltorak1998]', '[nope1]').replace('[corder2017]', '[nope2]');
    expect(problems({ 'tlr4-and-md2.yaml': twice, 'tlr4.yaml': goodYaml.replaceAll('fixture-', 'other-') })).toHaveLength(3);
  });
});

describe('the site’s own self-checks', () => {
  const quizzes = readQuizzes({ referenceIds: readReferenceIds(), chapterIds: readChapterIds() });

  it('exist for every chapter', () => {
    expect(quizzes.map((quiz) => quiz.id).sort()).toEqual([...readChapterIds()].sort());
  });

  it('mix single- and multiple-answer questions and include evidence-against items', () => {
    const all = quizzes.flatMap((quiz) => quiz.questions);
    expect(all.some((question) => question.kind === 'multiple')).toBe(true);
    expect(all.some((question) => question.kind === 'single')).toBe(true);
    for (const quiz of quizzes)
      expect(
        quiz.questions.some((question) => question.tags.includes('evidence-against')),
        quiz.id,
      ).toBe(true);
  });
});
