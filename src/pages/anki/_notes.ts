// Build-time data for the Anki endpoints in this folder (a leading "_" keeps this file from
// becoming a route): every chapter's self-check questions as notes, in reading order.
import { getCollection } from 'astro:content';
import { readReferences } from '../../content/references';
import { getOrderedChapters } from '../../lib/chapters';
import { withBase } from '../../lib/url';
import { ankiNotes, type AnkiNote } from '../../quiz/anki';

export async function ankiNotesByChapter(): Promise<Array<{ chapterId: string; notes: AnkiNote[] }>> {
  const chapters = await getOrderedChapters();
  const quizzes = new Map((await getCollection('quizzes')).map((entry) => [entry.id, entry.data.questions]));
  const references = new Map(readReferences().map((ref) => [ref.id, ref]));
  return chapters.flatMap((chapter, index) => {
    const questions = quizzes.get(chapter.id);
    if (!questions) return [];
    const url = new URL(withBase(`learn/${chapter.id}/`), import.meta.env.SITE).href;
    return [
      {
        chapterId: chapter.id,
        notes: ankiNotes({ id: chapter.id, number: index + 1, title: chapter.data.title, url }, questions, references),
      },
    ];
  });
}
