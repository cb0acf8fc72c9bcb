// Shared by the hydration directives that start an island some time after the reader can see it.

/**
 * Keeps the presses on an island's buttons and inputs until it has started, and returns a function
 * that answers them once it has: a button is pressed again, an input's choice (checked, or a
 * slider's value) is made again (its handler had not heard it, and hydration may have undone it).
 * Before, a reader's first press on a slow phone did nothing.
 */
export function keepEarlyPresses(island: HTMLElement) {
  const presses: [HTMLInputElement, boolean, string][] = [];
  // A button by its click; an input by its change, however it was made (a label, a key, a drag).
  const keep = (event: Event) => {
    const control = (event.target as Element).closest<HTMLInputElement>('button, input');
    if (control && (control.localName === 'button') === (event.type === 'click'))
      presses.push([control, control.checked, control.value]);
  };
  island.addEventListener('click', keep, true);
  island.addEventListener('change', keep, true);
  return () => {
    island.removeEventListener('click', keep, true);
    island.removeEventListener('change', keep, true);
    // (A control that hydration replaced is out of the page, and pressing it does nothing.)
    for (const [control, checked, value] of presses) {
      if (control.localName === 'button') control.click();
      else {
        control.checked = checked;
        control.value = value;
        control.dispatchEvent(new Event('change', { bubbles: true }));
      }
    }
  };
}
