// /anki/<chapter-id>.tsv: one chapter's self-check questions as a file Anki imports (src/quiz/anki.ts).
import type { APIRoute } from 'astro';
import { ankiFile, type AnkiNote } from '../../quiz/anki';
import { ankiNotesByChapter } from './_notes';

export async function getStaticPaths() {
  return (await ankiNotesByChapter()).map(({ chapterId, notes }) => ({ params: { chapter: chapterId }, props: { notes } }));
}

export const GET: APIRoute<{ notes: AnkiNote[] }> = ({ props }) =>
  new Response(ankiFile(props.notes), { headers: { 'Content-Type': 'text/tab-separated-values; charset=utf-8' } });
