/**
 * Runs in every embed: tells the framing page the embed's height whenever it changes (in this
 * site's format and Canvas's lti.frameResize), answers a parent's request for the size, reports
 * state changes, and keeps the credit link pointing at the full page in the current state, and
 * the title naming the view shown.
 * Messages: src/export/messages.ts and docs/EMBEDDING.md. It imports only frame-messages.ts and
 * url-state.ts (which the pathway embed loads anyway), to keep an embed's JavaScript small.
 */
import { isSizeRequest, keepParams, resizeMessages, stateMessage } from '../../export/frame-messages';
import type { DiagramId } from '../../export/diagram-params';
import { stateWrittenEvent } from '../../lib/url-state';

const root = document.documentElement;
const diagram = root.dataset.diagram as DiagramId | undefined;
const params = (root.dataset.params ?? '').split(',');
const content = document.querySelector<HTMLElement>('.embed-root');
const link = document.querySelector<HTMLAnchorElement>('a[data-full-link]');
const viewTitles: Record<string, string> = JSON.parse(
  document.querySelector<HTMLElement>('[data-view-titles]')?.dataset.viewTitles ?? '{}',
);
const framed = window.parent !== window;

if (diagram && content) {
  let lastHeight = 0;
  let lastAddress: string | undefined;
  let lastSearch: string | undefined;
  const page = link ? new URL(link.href) : undefined;
  // What the embed's path says (/embed/tlr4-pathway/opioid/: view=opioid), unless the address says otherwise.
  const pathState = new URLSearchParams(page?.search);

  const report = (force: boolean) => {
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (!framed || height <= 0 || (height === lastHeight && !force)) return;
    lastHeight = height;
    for (const message of resizeMessages(diagram, height)) window.parent.postMessage(message, '*');
  };

  const checkState = () => {
    // After most clicks the address is as it was (the pathway explorer writes it later): no work.
    if (window.location.search === lastAddress) return;
    lastAddress = window.location.search;
    const address = new URLSearchParams(lastAddress);
    for (const [name, value] of pathState) if (!address.has(name)) address.set(name, value);
    const search = keepParams(`?${address}`, params);
    if (search === lastSearch) return;
    const first = lastSearch === undefined;
    lastSearch = search;
    if (link && page) link.href = `${page.origin}${page.pathname}${search}`;
    // A view the explorer would not draw (?view=bogus) has no title: the path's title stays.
    const title = viewTitles[address.get('view') ?? ''];
    if (title) {
      for (const element of document.querySelectorAll('[data-embed-title]')) element.textContent = title;
      // "<title> · <site>": the tab and the history name the view too.
      document.title = `${title}${document.title.slice(document.title.lastIndexOf(' · '))}`;
    }
    if (framed && !first) window.parent.postMessage(stateMessage(diagram, search), '*');
  };

  new ResizeObserver(() => report(false)).observe(content);
  window.addEventListener('load', () => report(true));
  window.addEventListener('message', (event) => {
    if (framed && event.source === window.parent && isSizeRequest(event.data)) report(true);
  });
  // The explorables record their state in the address while handling these events; the pathway
  // explorer does it once stepping pauses (whenSettled), then fires stateWrittenEvent.
  for (const type of ['click', 'change', 'keyup', 'popstate', stateWrittenEvent]) {
    window.addEventListener(type, () => setTimeout(checkState, 0), true);
  }
  checkState();
  report(true);
}
