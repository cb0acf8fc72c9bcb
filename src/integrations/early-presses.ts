// Shared by the hydration directives that start an island some time after the reader can see it.

/** Waits for the next task: the browser paints and answers input in between. */
export const nextTask = () => new Promise((resolve) => setTimeout(resolve));

/**
 * Keeps the presses on an island's buttons, inputs and selects until it has started, and returns a
 * function to call once it has, which answers them: a button is pressed again, an input's or a
 * select's choice (checked, or the value: a slider's, an option's) is made again (its handler had
 * not heard it, and hydration may have undone it). Before, a reader's first press on a slow phone
 * did nothing.
 */
export function keepEarlyPresses(island: HTMLElement) {
  const presses: [HTMLInputElement, boolean, string][] = [];
  // A button by its click; an input or a select by its change, however it was made (a label, a
  // key, a drag).
  const keep = (event: Event) => {
    const control = (event.target as Element).closest<HTMLInputElement>('button, input, select');
    if (control && (control.localName === 'button') === (event.type === 'click'))
      presses.push([control, control.checked, control.value]);
  };
  island.addEventListener('click', keep, true);
  island.addEventListener('change', keep, true);
  return async () => {
    island.removeEventListener('click', keep, true);
    island.removeEventListener('change', keep, true);
    // After the island's first effects (which may set its controls from the address), not before.
    await nextTask();
    // (A control that hydration replaced is out of the page, and pressing it does nothing.)
    // (A select has no `checked`: it gets an unused property of that name, which costs less script.)
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
