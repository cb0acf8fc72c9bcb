/**
 * For a panel that takes focus when it opens (the keyboard help, a quiz question): call when it
 * opens, and call the result when it closes. Focus inside the panel would fall to the page's
 * body when the panel goes, so it goes back to where it was before the panel opened: the button
 * or node that opened it. Focus the reader has moved elsewhere stays where it is.
 */
export function returnFocus(panel: () => Element | undefined, before = document.activeElement) {
  return () => {
    const now = document.activeElement;
    if ((now === document.body || panel()?.contains(now)) && before?.isConnected) (before as HTMLElement).focus();
  };
}
