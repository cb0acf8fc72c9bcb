/**
 * Shows, on /learn/, how each chapter's self-check went in this browser (from localStorage,
 * src/quiz/progress.ts), and how many chapters have been checked. Without scripts, or with
 * storage refused, the progress lines stay hidden.
 */
import { loadProgress } from '../../quiz/progress';
import { fillTemplate } from '../../quiz/template';

const summary = document.querySelector<HTMLElement>('[data-progress-summary]');
const strings = JSON.parse(summary?.dataset.strings ?? '{}') as Record<string, string>;
const lines = [...document.querySelectorAll<HTMLElement>('[data-progress]')];
let done = 0;
for (const line of lines) {
  const progress = loadProgress(line.dataset.progress ?? '', line.dataset.signature ?? '');
  const text = line.querySelector<HTMLElement>('[data-progress-text]');
  if (!text) continue;
  if (progress?.checked) {
    done += 1;
    text.textContent = fillTemplate(strings.score ?? '', { correct: progress.correct, total: progress.total });
    line.dataset.done = '';
  } else text.textContent = strings.none ?? '';
  line.hidden = false;
}
if (summary && lines.length > 0) {
  summary.textContent = fillTemplate(strings.summary ?? '', { done, total: lines.length });
  summary.hidden = false;
}
