/**
 * Citation and glossary cards. A <Term> button opens its own native popover
 * (button[popovertarget], works without JavaScript). A <Cite> link jumps to the reference list
 * without JavaScript; with it, the link opens one shared card filled with copies of its
 * reference-list entries. Either card opens on hover, focus or tap, sits next to its trigger,
 * closes on Escape (focus returns to the trigger) or when focus or the pointer leaves.
 */
type OpenedBy = 'hover' | 'focus' | 'click';
const hideDelay = 250;

/** One card and whichever trigger currently owns it (a citation card is shared by many). */
class Card {
  owner: HTMLElement | null = null;
  openedBy: OpenedBy | null = null;
  /** How the card was open when a trigger was pressed: light dismiss may close it before the click. */
  openWhenPressed: OpenedBy | null = null;
  private hideTimer: number | undefined;

  constructor(readonly element: HTMLElement) {
    element.addEventListener('pointerenter', () => window.clearTimeout(this.hideTimer));
    element.addEventListener('pointerleave', () => this.hideSoon());
    element.addEventListener('focusout', (event) => this.onFocusOut(event));
    element.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !this.owner) return;
      const owner = this.owner;
      this.hide();
      owner.focus();
    });
    element.addEventListener('toggle', (event) => {
      if ((event as ToggleEvent).newState === 'closed') this.release();
    });
    // Follow the trigger when the page scrolls or resizes while the card is open.
    const follow = () => {
      if (this.owner && this.isOpen) place(this.owner, element);
    };
    window.addEventListener('scroll', follow, { passive: true, capture: true });
    window.addEventListener('resize', follow, { passive: true });
  }

  get isOpen(): boolean {
    return this.element.matches(':popover-open');
  }

  ownedBy(trigger: HTMLElement): boolean {
    return this.isOpen && this.owner === trigger;
  }

  show(trigger: HTMLElement, by: OpenedBy, fill?: () => void): void {
    window.clearTimeout(this.hideTimer);
    if (this.isOpen && this.owner !== trigger) this.hide();
    if (!this.isOpen) {
      fill?.();
      // The source makes the card the next stop in Tab order after its trigger.
      (this.element.showPopover as (options?: { source?: HTMLElement }) => void).call(this.element, { source: trigger });
    }
    this.owner = trigger;
    this.openedBy = by;
    trigger.setAttribute('aria-expanded', 'true');
    place(trigger, this.element);
  }

  hide(): void {
    window.clearTimeout(this.hideTimer);
    if (this.isOpen) this.element.hidePopover();
    this.release();
  }

  hideSoon(): void {
    window.clearTimeout(this.hideTimer);
    this.hideTimer = window.setTimeout(() => {
      const hovered = this.element.matches(':hover') || this.owner?.matches(':hover');
      if (this.openedBy === 'hover' && !hovered) this.hide();
    }, hideDelay);
  }

  onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (next && (this.element.contains(next) || this.owner?.contains(next))) return;
    if (this.openedBy !== 'hover') this.hide();
  }

  private release(): void {
    this.owner?.setAttribute('aria-expanded', 'false');
    this.owner = null;
    this.openedBy = null;
  }
}

function place(trigger: HTMLElement, card: HTMLElement): void {
  card.dataset.placed = '';
  const gap = 6;
  const box = trigger.getBoundingClientRect();
  const left = Math.min(
    Math.max(gap, box.left + box.width / 2 - card.offsetWidth / 2),
    window.innerWidth - card.offsetWidth - gap,
  );
  // Never over the trigger: a tap's click would land on the card and close it (a phone's short
  // screen often has room for the card neither below nor above, so it gets the larger side and scrolls).
  card.style.maxHeight = '';
  const roomBelow = window.innerHeight - box.bottom - 2 * gap;
  const roomAbove = box.top - 2 * gap;
  const fitsBelow = card.offsetHeight <= roomBelow;
  if (!fitsBelow && card.offsetHeight > roomAbove) card.style.maxHeight = `${Math.floor(Math.max(roomBelow, roomAbove))}px`;
  const top = fitsBelow || roomBelow >= roomAbove ? box.bottom + gap : box.top - gap - card.offsetHeight;
  card.style.left = `${Math.round(left)}px`;
  card.style.top = `${Math.round(top)}px`;
}

/** Wires hover, focus and click on `trigger` to `card`; `fill` runs before each opening. */
function bind(trigger: HTMLElement, card: Card, fill?: () => void): void {
  if (trigger.dataset.enhanced !== undefined) return;
  trigger.dataset.enhanced = '';
  trigger.setAttribute('aria-expanded', 'false');
  trigger.addEventListener('pointerdown', () => {
    card.openWhenPressed = card.ownedBy(trigger) ? card.openedBy : null;
  });
  trigger.addEventListener('click', (event) => {
    event.preventDefault();
    const wasPinned = card.openWhenPressed === 'click' || (card.ownedBy(trigger) && card.openedBy === 'click');
    card.openWhenPressed = null;
    if (wasPinned) card.hide();
    else card.show(trigger, 'click', fill);
  });
  trigger.addEventListener('focus', () => {
    if (!card.ownedBy(trigger)) card.show(trigger, 'focus', fill);
  });
  trigger.addEventListener('pointerenter', (event) => {
    if (event.pointerType === 'mouse' && !card.ownedBy(trigger)) card.show(trigger, 'hover', fill);
  });
  trigger.addEventListener('pointerleave', () => card.hideSoon());
  trigger.addEventListener('focusout', (event) => card.onFocusOut(event));
}

/** The one card that citation links share, created on first use. */
function citationCard(): Card {
  const element = document.createElement('div');
  element.id = 'citation-card';
  element.popover = 'auto';
  element.className = 'popover-card cite-card';
  element.setAttribute('role', 'group');
  element.setAttribute('aria-label', 'Cited references');
  // Inside <main>, so that the card's content belongs to a landmark like the text it annotates.
  (document.getElementById('main') ?? document.body).append(element);
  return new Card(element);
}

/** Copies the reference-list entries for a citation's keys into the shared card. */
function fillWithReferences(card: HTMLElement, keys: string[]): void {
  const copies = keys
    .map((key) => document.querySelector(`#ref-${CSS.escape(key)} .ref-card`)?.cloneNode(true))
    .filter((node): node is Node => node !== undefined);
  card.replaceChildren(...copies);
}

const citationLinks = document.querySelectorAll<HTMLAnchorElement>('a[data-cite]');
if (citationLinks.length > 0) {
  const card = citationCard();
  for (const link of citationLinks) {
    const keys = (link.dataset.cite ?? '').split(',');
    link.setAttribute('aria-controls', card.element.id);
    bind(link, card, () => fillWithReferences(card.element, keys));
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[popovertarget][data-popover-trigger]')) {
  const element = document.getElementById(button.getAttribute('popovertarget') ?? '');
  if (element) bind(button, new Card(element));
}
