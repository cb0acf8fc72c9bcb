/**
 * A reader's self-check answers, kept only in this browser (localStorage, no account). One entry
 * per chapter, under "self-check:<chapter-id>". Parsing never throws: anything malformed, or
 * saved for a different version of the questions (signature mismatch), reads as nothing saved.
 */
import type { Answers } from './score';

export interface StoredProgress {
  /** quizSignature() of the questions the answers belong to. */
  signature: string;
  /** Chosen option indices by question id. */
  answers: Answers;
  /** Whether the reader has checked these answers (and so has a score). */
  checked: boolean;
  /** With `checked`: questions answered correctly, and how many there were. */
  correct: number;
  total: number;
}

export const storageKey = (chapterId: string) => `self-check:${chapterId}`;

const isIndexList = (value: unknown): value is number[] =>
  Array.isArray(value) && value.every((item) => Number.isInteger(item) && item >= 0 && item < 16);

/** The stored progress in `raw` if it is well formed and matches `signature`. */
export function parseProgress(raw: string | null, signature: string): StoredProgress | undefined {
  if (!raw) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null) return undefined;
  const { signature: stored, answers, checked, correct, total } = data as Record<string, unknown>;
  if (stored !== signature || typeof answers !== 'object' || answers === null || Array.isArray(answers)) return undefined;
  const clean: Record<string, number[]> = {};
  for (const [id, chosen] of Object.entries(answers)) if (isIndexList(chosen)) clean[id] = chosen;
  const count = (value: unknown) => (Number.isInteger(value) && (value as number) >= 0 ? (value as number) : 0);
  return { signature, answers: clean, checked: checked === true, correct: count(correct), total: count(total) };
}

/** Reads a chapter's progress; undefined when none, stale, or storage is refused. */
export function loadProgress(chapterId: string, signature: string, storage: Pick<Storage, 'getItem'> = localStorage) {
  try {
    return parseProgress(storage.getItem(storageKey(chapterId)), signature);
  } catch {
    return undefined;
  }
}

/** Saves a chapter's progress; returns false when storage is refused (private mode, quota). */
export function saveProgress(
  chapterId: string,
  progress: StoredProgress,
  storage: Pick<Storage, 'setItem'> = localStorage,
): boolean {
  try {
    storage.setItem(storageKey(chapterId), JSON.stringify(progress));
    return true;
  } catch {
    return false;
  }
}

export function clearProgress(chapterId: string, storage: Pick<Storage, 'removeItem'> = localStorage): void {
  try {
    storage.removeItem(storageKey(chapterId));
  } catch {
    // Nothing stored, or storage refused: nothing to clear.
  }
}
