/**
 * For a panel that takes focus when it opens (the keyboard help, a quiz question): call from its
 * onMount, and return the result, which runs when it closes. Focuses `first`; when the panel goes,
 * focus inside it would fall to the page's body, so it goes back to where it was before the panel
 * opened: the button or node that opened it. Focus the reader has moved elsewhere stays there.
 */
export function focusWhileOpen(panel: Element | undefined, first: HTMLElement | undefined) {
  const before = document.activeElement;
  first?.focus();
  return () => {
    const now = document.activeElement;
    if ((now === document.body || panel?.contains(now)) && before?.isConnected) (before as HTMLElement).focus();
  };
}
