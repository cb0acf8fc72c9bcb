/**
 * Wraps `task` so that calling the result runs it once, after the next frame has been painted,
 * however often it is called before then: for work nothing on screen waits for (writing the
 * address with history.replaceState is slow on a phone).
 */
export function afterPaint(task: () => void): () => void {
  let pending = false;
  return () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        pending = false;
        task();
      }),
    );
  };
}
