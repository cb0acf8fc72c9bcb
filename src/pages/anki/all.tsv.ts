// /anki/all.tsv: every chapter's self-check questions in one file Anki imports (src/quiz/anki.ts).
import type { APIRoute } from 'astro';
import { ankiFile } from '../../quiz/anki';
import { ankiNotesByChapter } from './_notes';

export const GET: APIRoute = async () =>
  new Response(ankiFile((await ankiNotesByChapter()).flatMap((chapter) => chapter.notes)), {
    headers: { 'Content-Type': 'text/tab-separated-values; charset=utf-8' },
  });
