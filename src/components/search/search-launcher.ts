/**
 * Opens the search dialog from the header button, "/" (when not typing) or Ctrl+K / ⌘K, and
 * returns focus to where it was when the dialog closes. Kept tiny because every page loads it:
 * on first opening it copies the dialog's real code (search-dialog.ts) out of the inert
 * <template data-search-code> into the document, which loads it.
 */
const button = document.querySelector<HTMLButtonElement>('[data-search-open]');
const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
let returnFocus: Element | null = null;
let loaded = false;

function loadCode(): void {
  const original = document.querySelector<HTMLTemplateElement>('template[data-search-code]')?.content.querySelector('script');
  if (loaded || !original) return;
  loaded = true;
  const script = document.createElement('script');
  script.type = 'module';
  const src = original.getAttribute('src');
  if (src) script.src = src;
  else script.textContent = original.textContent;
  document.head.append(script);
}

function open(): void {
  if (!dialog || dialog.open) return;
  returnFocus = document.activeElement !== document.body ? document.activeElement : button;
  dialog.showModal();
  dialog.querySelector('input')?.focus();
  loadCode();
}

button?.addEventListener('click', open);
dialog?.addEventListener('close', () => {
  // After following a result, the browser moves focus to the page or section it opens.
  if (dialog.dataset.followed !== undefined) delete dialog.dataset.followed;
  else ((returnFocus?.isConnected ? returnFocus : button) as HTMLElement | null)?.focus();
});
document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented || event.isComposing || event.altKey) return;
  const typing = (event.target as Element | null)?.closest?.(
    'input, textarea, select, [contenteditable]:not([contenteditable="false"])',
  );
  const shortcut =
    ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') ||
    (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey);
  if (!shortcut || dialog?.open) return;
  event.preventDefault();
  open();
});
