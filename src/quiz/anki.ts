/**
 * Self-check questions as a file Anki imports (File → Import): tab-separated, one note per
 * question, with Anki's file headers so the separator, HTML, GUID and tag columns are recognised
 * without manual mapping. Fields are HTML (Anki shows line breaks only as <br>), so text is
 * HTML-escaped first; then each field is quoted as CSV requires when it holds the separator, a
 * quote, a line break or a leading "#" (Anki's comment mark). The GUID is the question id, so
 * importing an updated file updates the notes instead of duplicating them.
 */
import type { Reference } from '../content/reference-schema';
import { shortCitation } from '../lib/reference-links';
import type { QuizQuestion } from './schema';

/** Quotes one field for a delimited file if it needs it, doubling any quote inside. */
export function escapeDelimitedField(value: string, separator: string): string {
  const needsQuotes = value.includes(separator) || /["\r\n]/.test(value) || value.startsWith('#') || value !== value.trim();
  return needsQuotes ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Rows of fields as CSV (separator ",") or TSV (separator "\t"), one line per row, ending in a newline. */
export function toDelimited(rows: readonly (readonly string[])[], separator: ',' | '\t' | ';'): string {
  return rows.map((row) => row.map((field) => escapeDelimitedField(field, separator)).join(separator)).join('\n') + '\n';
}

/** Plain text as Anki HTML: &, <, > and " escaped, line breaks as <br>. */
export function toAnkiHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replace(/\r\n|\r|\n/g, '<br>');
}

export interface AnkiNote {
  guid: string;
  /** Plain text; made HTML by ankiFile(). */
  front: string;
  back: string;
  tags: string[];
}

export interface AnkiChapter {
  id: string;
  number: number;
  title: string;
  /** Absolute address of the chapter page. */
  url: string;
}

/** Prefix of every tag and GUID, so a student can find or delete the whole deck's notes. */
export const ankiTag = 'tlr4-ldn-explainer';
const letter = (index: number) => String.fromCharCode(65 + index);

/** One note per question: the question and its lettered options on the front; the answer, why each option is right or wrong, and sources on the back. */
export function ankiNotes(
  chapter: AnkiChapter,
  questions: readonly QuizQuestion[],
  references: ReadonlyMap<string, Reference>,
): AnkiNote[] {
  const cite = (keys: readonly string[]) =>
    keys.map((key) => {
      const ref = references.get(key);
      if (!ref) throw new Error(`Anki export: unknown reference "${key}"`);
      return shortCitation(ref);
    });
  return questions.map((question) => {
    const right = question.options.flatMap((option, index) => (option.correct ? [letter(index)] : []));
    const front = [
      `Chapter ${chapter.number}: ${chapter.title}`,
      '',
      question.prompt,
      question.kind === 'single' ? '(Choose one.)' : '(Choose all that apply.)',
      '',
      ...question.options.map((option, index) => `${letter(index)}. ${option.text}`),
    ].join('\n');
    const back = [
      `Answer: ${right.join(', ')}`,
      '',
      ...question.options.map(
        (option, index) =>
          `${letter(index)}. ${option.correct ? 'Right' : 'Wrong'}. ${option.feedback} (${cite(option.refs).join('; ')})`,
      ),
      '',
      `Source: ${chapter.url}`,
    ].join('\n');
    return {
      guid: `${ankiTag}:${question.id}`,
      front,
      back,
      tags: [ankiTag, `${ankiTag}::${chapter.id}`, ...question.tags.map((tag) => `${ankiTag}::${tag}`)],
    };
  });
}

/** The whole file: Anki's headers, then one tab-separated line (or quoted multi-line record) per note. */
export function ankiFile(notes: readonly AnkiNote[]): string {
  const header = ['#separator:tab', '#html:true', '#guid column:1', '#tags column:4', '#columns:GUID\tFront\tBack\tTags'].join(
    '\n',
  );
  const rows = notes.map((note) => [note.guid, toAnkiHtml(note.front), toAnkiHtml(note.back), note.tags.join(' ')]);
  return `${header}\n${toDelimited(rows, '\t')}`;
}
