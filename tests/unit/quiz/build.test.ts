import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// A real `astro build` of a small content set (the fixture chapter and a self-check for it)
// whose quiz cites an unknown reference: the build must fail and name the file, the question,
// the field and the fix.
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'quiz-build-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));
// eslint-disable-next-line no-control-regex -- terminal colour codes in the build log
const ansiColour = /\u001b\[[0-9;]*m/g;

describe('the build checks self-check questions', { timeout: 180_000 }, () => {
  it('fails on an unknown reference key in a quiz, naming the file, question, field and fix', () => {
    const content = path.join(scratch, 'content');
    fs.cpSync(path.resolve('content'), content, {
      recursive: true,
      filter: (source) => !/[\\/](chapters|quizzes)[\\/]/.test(source),
    });
    fs.mkdirSync(path.join(content, 'chapters'), { recursive: true });
    fs.mkdirSync(path.join(content, 'quizzes'), { recursive: true });
    fs.copyFileSync(
      path.resolve('tests/fixtures/content/chapters/fixture-chapter.mdx'),
      path.join(content, 'chapters/fixture-chapter.mdx'),
    );
    const quiz = fs
      .readFileSync(path.join(import.meta.dirname, 'fixtures/good.yaml'), 'utf8')
      .replace('[poltorak1998]', '[poltorak1989]');
    fs.writeFileSync(path.join(content, 'quizzes/fixture-chapter.yaml'), quiz);
    const result = spawnSync('npx', ['astro', 'build'], {
      encoding: 'utf8',
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        EXPLAINER_CONTENT_DIR: content,
        OUT_DIR: path.join(scratch, 'dist'),
        CACHE_DIR: path.join(scratch, 'cache'),
      },
    });
    const output = `${result.stdout}\n${result.stderr}`.replace(ansiColour, '');
    expect(result.status).not.toBe(0);
    expect(output).toMatch(
      /quizzes\/fixture-chapter\.yaml question "fixture-single" field "options\.0\.refs": unknown reference "poltorak1989"; add it to content\/references\/\*\.yaml or fix the key \(similar keys: poltorak1998\)/,
    );
  });
});
