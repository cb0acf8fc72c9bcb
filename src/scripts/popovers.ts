/**
 * Citation and glossary popovers: adds hover and focus to the native popover that each
 * <Cite> or <Term> button opens (button[data-popover-trigger]), places the card next to its
 * button, and keeps a tap or click from closing a card that hover or focus has just opened.
 * Escape and light dismiss are the browser's own.
 */
type OpenedBy = 'hover' | 'focus' | 'click';
const hideDelay = 250;

function place(button: HTMLElement, card: HTMLElement): void {
  const gap = 6;
  const box = button.getBoundingClientRect();
  const width = card.offsetWidth;
  const height = card.offsetHeight;
  const left = Math.min(Math.max(gap, box.left + box.width / 2 - width / 2), window.innerWidth - width - gap);
  const below = box.bottom + gap;
  const top = below + height <= window.innerHeight - gap ? below : Math.max(gap, box.top - gap - height);
  card.style.left = `${Math.round(left)}px`;
  card.style.top = `${Math.round(top)}px`;
  card.dataset.placed = '';
}

function enhance(button: HTMLButtonElement): void {
  const card = document.getElementById(button.getAttribute('popovertarget') ?? '');
  if (!card || button.dataset.enhanced) return;
  button.dataset.enhanced = '';
  let openedBy: OpenedBy | null = null;
  let hideTimer: number | undefined;

  const isOpen = () => card.matches(':popover-open');
  const show = (by: OpenedBy) => {
    window.clearTimeout(hideTimer);
    if (!isOpen()) card.showPopover();
    openedBy = by;
    place(button, card);
  };
  const hide = () => {
    window.clearTimeout(hideTimer);
    if (isOpen()) card.hidePopover();
    openedBy = null;
  };
  const hideSoon = () => {
    window.clearTimeout(hideTimer);
    hideTimer = window.setTimeout(() => {
      if (openedBy === 'hover' && !button.matches(':hover') && !card.matches(':hover')) hide();
    }, hideDelay);
  };

  button.addEventListener('click', (event) => {
    event.preventDefault();
    if (isOpen() && openedBy === 'click') hide();
    else show('click');
  });
  button.addEventListener('focus', () => {
    if (!isOpen()) show('focus');
  });
  button.addEventListener('pointerenter', (event) => {
    if (event.pointerType === 'mouse' && !isOpen()) show('hover');
  });
  button.addEventListener('pointerleave', hideSoon);
  card.addEventListener('pointerenter', () => window.clearTimeout(hideTimer));
  card.addEventListener('pointerleave', hideSoon);
  for (const element of [button, card]) {
    element.addEventListener('focusout', (event) => {
      const next = event.relatedTarget as Node | null;
      if (next && (button.contains(next) || card.contains(next))) return;
      if (openedBy !== 'hover') hide();
    });
  }
  card.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      hide();
      button.focus();
    }
  });
  card.addEventListener('toggle', (event) => {
    if ((event as ToggleEvent).newState === 'closed') openedBy = null;
  });
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-popover-trigger]')) enhance(button);
