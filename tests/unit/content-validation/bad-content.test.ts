import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { chapterSchema } from '../../../src/content/chapter-schema';
import { ContentError, formatIssues } from '../../../src/content/format-issues';
import { readGlossary } from '../../../src/content/glossary';
import { readReferenceIds, readReferences } from '../../../src/content/references';
import { numberCitations } from '../../../src/content/remark-citations';
import { checkTerms } from '../../../src/content/remark-terms';
import { readPkParameters } from '../../../src/explorables/dose/read';
import { readForestRows } from '../../../src/explorables/forest/read';
import { readNntSources } from '../../../src/explorables/nnt/read';
import { loadPathwayModel } from '../../../src/pathway/load-model';
import { loadPredictions } from '../../../src/pathway/load-predictions';
import { readChapterIds, readQuizzes } from '../../../src/quiz/read-quizzes';

/**
 * Every content reader, run on a copy of the real content with exactly one mistake of one
 * class, must refuse it with a message that names the file, the field (or line) and the fix.
 * The copy is made from content/ itself, so the table keeps working as authors add entries.
 */
type Yaml = Record<string, unknown> & { [key: string]: unknown };
type List = Yaml[];

interface Case {
  reader: string;
  mistake: string;
  /** File under the content folder that gets the mistake. */
  file: string;
  /** The mistake: a new text for the file, or a change to its parsed YAML. */
  edit: (data: unknown, text: string) => unknown;
  /** Runs the reader on a content folder. */
  run: (root: string) => unknown;
  /** What the message must say besides the file: the field (or line) and the fix. */
  field: RegExp;
  fix: RegExp;
  /**
   * A message that does not yet meet the bar, with what to change. The case is then expected to
   * fail (it.fails), so it turns red as soon as the reader is fixed: remove `known` then.
   */
  known?: string;
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'bad-content-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const first = (data: unknown) => (data as List)[0]!;
const firstOf = (key: string) => (data: unknown) => ((data as Yaml)[key] as List)[0]!;
const refs = (root: string) => readReferenceIds(root);
const chapterIds = (root: string) => readChapterIds(root);
const yamlFile = (folder: string) => (root: string) =>
  path.join(
    folder,
    fs
      .readdirSync(path.join(root, folder))
      .filter((name) => name.endsWith('.yaml'))
      .sort()[0]!,
  );

const cases: Array<Omit<Case, 'file'> & { file: string | ((root: string) => string) }> = [
  // ── References ───────────────────────────────────────────────────────────────────────────
  {
    reader: 'references',
    mistake: 'YAML that does not parse',
    file: 'references/evidence.yaml',
    edit: (_data, text) => `${text}\n- id: broken\n  title: [not closed\n`,
    run: (root) => readReferences(root),
    field: /line \d+/,
    fix: /not valid YAML/,
  },
  {
    reader: 'references',
    mistake: 'a misspelt field',
    file: 'references/evidence.yaml',
    edit: (data) => {
      const entry = first(data);
      entry.titel = entry.title;
      delete entry.title;
      return data;
    },
    run: (root) => readReferences(root),
    field: /"titel"/,
    fix: /check the spelling; allowed fields are .*title/,
  },
  {
    reader: 'references',
    mistake: 'a value outside the allowed list',
    file: 'references/evidence.yaml',
    edit: (data) => {
      first(data).kind = 'paper';
      return data;
    },
    run: (root) => readReferences(root),
    field: /field "kind"/,
    fix: /article/,
  },
  {
    reader: 'references',
    mistake: 'a malformed DOI',
    file: 'references/evidence.yaml',
    edit: (data) => {
      (data as List).find((entry) => entry.doi)!.doi = 'doi.org/10.1000';
      return data;
    },
    run: (root) => readReferences(root),
    field: /field "doi"/,
    fix: /10\./,
  },
  {
    reader: 'references',
    mistake: 'an id used twice',
    file: 'references/evidence.yaml',
    edit: (data) => [...(data as List), { ...first(data) }],
    run: (root) => readReferences(root),
    field: /id "[a-z0-9-]+"/,
    fix: /give each entry its own id/,
  },
  // ── Glossary ─────────────────────────────────────────────────────────────────────────────
  {
    reader: 'glossary',
    mistake: 'an unknown reference key',
    file: yamlFile('glossary'),
    edit: (data) => {
      first(data).refs = ['nosuchref2099'];
      return data;
    },
    run: (root) => readGlossary(refs(root), root),
    field: /field "refs"/,
    fix: /add it to content\/references\/\*\.yaml or fix the key/,
  },
  {
    reader: 'glossary',
    mistake: 'a definition over the length limit',
    file: yamlFile('glossary'),
    edit: (data) => {
      first(data).definition = 'word '.repeat(100);
      return data;
    },
    run: (root) => readGlossary(refs(root), root),
    field: /field "definition"/,
    fix: /300/,
  },
  // ── Pathway model ────────────────────────────────────────────────────────────────────────
  {
    reader: 'pathway',
    mistake: 'an arrow to a node that does not exist',
    file: 'pathway/edges.yaml',
    edit: (data) => {
      firstOf('edges')(data).target = 'ikkk';
      return data;
    },
    run: (root) => loadPathwayModel(refs(root), root),
    field: /"ikkk"/,
    fix: /known|did you mean|ikk/i,
  },
  {
    reader: 'pathway',
    mistake: 'an evidence grade that does not exist',
    file: 'pathway/edges.yaml',
    edit: (data) => {
      firstOf('edges')(data).grade = 'D';
      return data;
    },
    run: (root) => loadPathwayModel(refs(root), root),
    field: /field "[^"]*grade"/,
    fix: /"A"|A, B|A\/B\/C/,
  },
  {
    reader: 'pathway',
    mistake: 'an arrow citing an unknown reference',
    file: 'pathway/edges.yaml',
    edit: (data) => {
      firstOf('edges')(data).refs = ['wrigth1990'];
      return data;
    },
    run: (root) => loadPathwayModel(refs(root), root),
    field: /"wrigth1990"/,
    fix: /content\/references/,
  },
  {
    reader: 'pathway',
    mistake: 'a node in a compartment that does not exist',
    file: 'pathway/nodes.yaml',
    edit: (data) => {
      firstOf('nodes')(data).compartment = 'mitochondrion';
      return data;
    },
    run: (root) => loadPathwayModel(refs(root), root),
    field: /field "[^"]*compartment"/,
    fix: /cytoplasm/,
  },
  // ── Predictions ──────────────────────────────────────────────────────────────────────────
  {
    reader: 'predictions',
    mistake: 'a prediction before an arrow that does not exist',
    file: yamlFile('predictions'),
    edit: (data) => {
      first(data).beforeEdge = 'd999';
      return data;
    },
    run: (root) => loadPredictions(loadPathwayModel(refs(root), root), refs(root), root),
    field: /field "beforeEdge"/,
    fix: /use an edge id/,
  },
  // ── Evidence for the explorables ─────────────────────────────────────────────────────────
  {
    reader: 'forest rows',
    mistake: 'an unknown reference key',
    file: 'evidence/forest-rows.yaml',
    edit: (data) => {
      first(data).refs = ['nosuchref2099'];
      return data;
    },
    run: (root) => readForestRows(root, refs(root)),
    field: /field "refs"/,
    fix: /content\/references/,
  },
  {
    reader: 'NNT sources',
    mistake: 'a misspelt field',
    file: 'evidence/nnt-sources.yaml',
    edit: (data) => {
      first(data).sumary = 'x';
      return data;
    },
    run: (root) => readNntSources(root, refs(root)),
    field: /"sumary"/,
    fix: /check the spelling; allowed fields are/,
  },
  {
    reader: 'dose parameters',
    mistake: 'an unknown reference key',
    file: 'evidence/naltrexone-pk.yaml',
    edit: (data) => {
      first(data).refs = ['nosuchref2099'];
      return data;
    },
    run: (root) => readPkParameters(root, refs(root)),
    field: /field "refs"/,
    fix: /content\/references/,
  },
  // ── Self-checks ──────────────────────────────────────────────────────────────────────────
  {
    reader: 'quizzes',
    mistake: 'a misspelt field',
    file: yamlFile('quizzes'),
    edit: (data) => {
      first(data).promt = 'x';
      return data;
    },
    run: (root) => readQuizzes({ referenceIds: refs(root), chapterIds: chapterIds(root), root }),
    field: /"promt"/,
    fix: /check the spelling; allowed fields are/,
  },
  {
    reader: 'quizzes',
    mistake: 'too few questions',
    file: yamlFile('quizzes'),
    edit: (data) => (data as List).slice(0, 1),
    run: (root) => readQuizzes({ referenceIds: refs(root), chapterIds: chapterIds(root), root }),
    field: /has 1 question/,
    fix: /needs \d+ to \d+/,
  },
];

const chapterCases: Array<{ mistake: string; run: () => unknown; field: RegExp; fix: RegExp }> = [
  {
    mistake: 'a misspelt frontmatter field',
    run: () => {
      const result = chapterSchema.safeParse({ title: 'T', order: 1, sumary: 'S' });
      if (!result.success) throw new ContentError(formatIssues('content/chapters/x.mdx', result.error.issues));
    },
    field: /"sumary"/,
    fix: /check the spelling; allowed fields are title, order, summary/,
  },
  {
    mistake: 'a citation of an unknown reference',
    run: () =>
      numberCitations(
        unified().use(remarkParse).use(remarkMdx).parse('Text <Cite keys="wolf2011" />.') as never,
        new Set(['woolf2011']),
        'content/chapters/x.mdx',
      ),
    field: /<Cite> cites unknown reference "wolf2011"/,
    fix: /add it to content\/references\/\*\.yaml or fix the key/i,
  },
  {
    mistake: 'a glossary term that does not exist',
    run: () =>
      checkTerms(
        unified().use(remarkParse).use(remarkMdx).parse('Text <Term id="tlr9">TLR9</Term>.') as never,
        new Set(['tlr4']),
        'content/chapters/x.mdx',
      ),
    field: /<Term id="tlr9">/,
    fix: /add it to content\/glossary/,
  },
];

/** The reader's error message, or a failure if it accepted the content. */
function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  return '(the reader accepted the bad content)';
}

describe('content readers accept the real content (the baseline the mistakes are made in)', () => {
  it.each([...new Set(cases.map((c) => c.reader))])('%s', (reader) => {
    const one = cases.find((c) => c.reader === reader)!;
    expect(messageOf(() => one.run(path.resolve('content')))).toBe('(the reader accepted the bad content)');
  });
});

describe.each(cases.map((c, index) => [`${c.reader}: ${c.mistake}`, c, index] as const))('%s', (_name, c, index) => {
  (c.known ? it.fails : it)(
    `is refused, naming the file, the field and the fix${c.known ? ` (known issue: ${c.known})` : ''}`,
    () => {
      const root = path.join(scratch, String(index));
      fs.cpSync(path.resolve('content'), root, { recursive: true });
      const file = typeof c.file === 'string' ? c.file : c.file(root);
      const full = path.join(root, file);
      const text = fs.readFileSync(full, 'utf8');
      const edited = c.edit(parse(text), text);
      fs.writeFileSync(full, typeof edited === 'string' ? edited : stringify(edited));
      const message = messageOf(() => c.run(root));
      expect(message, 'names the file').toContain(file.split(path.sep).join('/'));
      expect(message, 'names the field').toMatch(c.field);
      expect(message, 'says what to do').toMatch(c.fix);
    },
  );
});

describe.each(chapterCases.map((c) => [c.mistake, c] as const))('chapters: %s', (_name, c) => {
  it('is refused, naming the file, the field and the fix', () => {
    const message = messageOf(c.run);
    expect(message, 'names the file').toContain('content/chapters/x.mdx');
    expect(message, 'names the field').toMatch(c.field);
    expect(message, 'says what to do').toMatch(c.fix);
  });
});
