import { describe, expect, it } from 'vitest';
import { clearProgress, loadProgress, parseProgress, saveProgress, storageKey } from '../../../src/quiz/progress';

const saved = { signature: 'abc', answers: { q1: [0], q2: [1, 2] }, checked: true, correct: 1, total: 2 };

/** A Map-backed Storage; `refuse` makes every call throw, as private browsing may. */
function memoryStorage(refuse = false) {
  const map = new Map<string, string>();
  const guard = () => {
    if (refuse) throw new DOMException('refused', 'SecurityError');
  };
  return {
    map,
    getItem: (key: string) => (guard(), map.get(key) ?? null),
    setItem: (key: string, value: string) => (guard(), void map.set(key, value)),
    removeItem: (key: string) => (guard(), void map.delete(key)),
  };
}

describe('parseProgress', () => {
  it('reads what was saved for the same questions', () => {
    expect(parseProgress(JSON.stringify(saved), 'abc')).toEqual(saved);
  });

  it.each([
    ['nothing saved', null],
    ['not JSON', '{oops'],
    ['a different version of the questions', JSON.stringify({ ...saved, signature: 'old' })],
    ['answers that are not an object', JSON.stringify({ ...saved, answers: [1] })],
    ['a number', '42'],
  ])('ignores %s', (_name, raw) => {
    expect(parseProgress(raw, 'abc')).toBeUndefined();
  });

  it('drops malformed answers and counts but keeps the rest', () => {
    const raw = JSON.stringify({ ...saved, answers: { q1: [0], q2: ['x'], q3: [-1] }, correct: -3, total: 'two' });
    expect(parseProgress(raw, 'abc')).toEqual({ signature: 'abc', answers: { q1: [0] }, checked: true, correct: 0, total: 0 });
  });
});

describe('saving, loading and clearing', () => {
  it('round-trips through storage under the chapter key', () => {
    const storage = memoryStorage();
    expect(saveProgress('tlr4-and-md2', saved, storage)).toBe(true);
    expect([...storage.map.keys()]).toEqual([storageKey('tlr4-and-md2')]);
    expect(loadProgress('tlr4-and-md2', 'abc', storage)).toEqual(saved);
    clearProgress('tlr4-and-md2', storage);
    expect(loadProgress('tlr4-and-md2', 'abc', storage)).toBeUndefined();
  });

  it('never throws when storage is refused', () => {
    const storage = memoryStorage(true);
    expect(saveProgress('x', saved, storage)).toBe(false);
    expect(loadProgress('x', 'abc', storage)).toBeUndefined();
    expect(() => clearProgress('x', storage)).not.toThrow();
  });
});
