import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// Real `astro build` runs against a copy of the site's content whose chapters are replaced by
// one small fixture chapter with one deliberate mistake: the author must see the file, the
// field or key, and the fix, and the build must fail.
const fixtureChapter = path.resolve('tests/fixtures/content/chapters/fixture-chapter.mdx');
const chapter = 'chapters/fixture-chapter.mdx';
// eslint-disable-next-line no-control-regex -- terminal colour codes in the build log
const ansiColour = /\u001b\[[0-9;]*m/g;
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'build-errors-'));

afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function buildWith(name: string, edit: (text: string) => string) {
  const content = path.join(scratch, name, 'content');
  fs.cpSync(path.resolve('content'), content, {
    recursive: true,
    filter: (source) => !source.includes(`${path.sep}chapters${path.sep}`),
  });
  fs.mkdirSync(path.join(content, 'chapters'), { recursive: true });
  fs.writeFileSync(path.join(content, chapter), edit(fs.readFileSync(fixtureChapter, 'utf8')));
  const result = spawnSync('npx', ['astro', 'build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      EXPLAINER_CONTENT_DIR: content,
      OUT_DIR: path.join(scratch, name, 'dist'),
      CACHE_DIR: path.join(scratch, name, 'cache'),
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`.replace(ansiColour, '') };
}

describe('the build rejects bad content', { timeout: 180_000 }, () => {
  it('builds the unchanged fixture', () => {
    const { status, output } = buildWith('good', (text) => text);
    expect(output).toContain('Complete!');
    expect(status).toBe(0);
  });

  it('fails on a misspelt frontmatter field, naming the chapter, the field and the allowed fields', () => {
    const { status, output } = buildWith('bad-field', (text) => text.replace('summary:', 'sumary:'));
    expect(status).not.toBe(0);
    expect(output).toContain('fixture-chapter');
    expect(output).toMatch(/unknown field "sumary": check the spelling; allowed fields are title, order, summary/);
    expect(output).toMatch(/summary is required/);
  });

  it('fails on an unknown citation key, naming the chapter file, the key and the fix', () => {
    const { status, output } = buildWith('bad-key', (text) => text.replace('keys="woolf2011"', 'keys="wolf2011"'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/fixture-chapter\.mdx:\d+: <Cite> cites unknown reference "wolf2011"/);
    expect(output).toMatch(/Add it to content\/references\/\*\.yaml or fix the key/);
  });

  it('fails on an unknown glossary term, naming the chapter file and the fix', () => {
    const { status, output } = buildWith('bad-term', (text) =>
      text.replace('id="central-sensitization"', 'id="central-sensitisation"'),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/fixture-chapter\.mdx:\d+: <Term id="central-sensitisation"> is not in the glossary/);
  });
});
