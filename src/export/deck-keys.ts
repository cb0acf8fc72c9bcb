/**
 * What a key does in a presentation. Presentation clickers send PageDown/PageUp (most),
 * arrows, Space, Enter, Backspace, B or "." (blank), F5/Escape; these are the keys handled:
 *
 *   next: → ↓ PageDown Space Enter        prev: ← ↑ PageUp Backspace
 *   first: Home    last: End    fullscreen: F    blank: B or .    escape: Escape
 *
 * With Ctrl, Alt or Meta held a key is left to the browser (e.g. Ctrl+F to search), and
 * Shift+Space goes back as it does in slide software. Everything else is "unused" and, in an
 * iframe, forwarded to the parent page.
 */
export type DeckAction = 'next' | 'prev' | 'first' | 'last' | 'fullscreen' | 'blank' | 'escape';

const byKey: Record<string, DeckAction> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  Spacebar: 'next',
  Enter: 'next',
  ArrowLeft: 'prev',
  ArrowUp: 'prev',
  PageUp: 'prev',
  Backspace: 'prev',
  Home: 'first',
  End: 'last',
  f: 'fullscreen',
  F: 'fullscreen',
  b: 'blank',
  B: 'blank',
  '.': 'blank',
  Escape: 'escape',
};

export function deckAction(
  event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>,
): DeckAction | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
  if (event.shiftKey && (event.key === ' ' || event.key === 'Spacebar')) return 'prev';
  return Object.hasOwn(byKey, event.key) ? byKey[event.key] : undefined;
}

/** Keys never forwarded to a parent page: they move focus inside the frame. */
export function isFocusKey(key: string): boolean {
  return key === 'Tab';
}

/** The slide after `action` from `slide` in a deck of `count` slides (clamped), or undefined if it is not a move. */
export function moveSlide(action: DeckAction, slide: number, count: number): number | undefined {
  const last = Math.max(0, count - 1);
  const to = { next: slide + 1, prev: slide - 1, first: 0, last } as Partial<Record<DeckAction, number>>;
  const target = to[action];
  return target === undefined ? undefined : Math.min(Math.max(0, target), last);
}
