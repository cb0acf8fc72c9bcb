/**
 * The search dialog's behaviour, loaded on first use: Pagefind (built into <base>pagefind/ by
 * src/integrations/pagefind.ts) is imported from the site's own origin, queried as the reader
 * types, and its results are rendered as links with createElement/textContent only (excerpts
 * are split into text and <mark> pieces by excerpt.ts, never parsed as HTML). The status line
 * announces how many results there are. Arrow keys move between the field and the results.
 * Opening, closing (Escape is the native dialog's cancel) and returning focus are the launcher's
 * job (search-launcher.ts), which loads this module when the dialog first opens.
 */
// Self-contained on purpose (no module shared with other pages' scripts), so that the launcher's
// dynamic import needs no preload helper on every page.
import { splitExcerpt } from './excerpt';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSubResult[];
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: Array<{ id: string; data(): Promise<PagefindData> }> } | null>;
}

const maxResults = 8;
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]')!;
const input = dialog.querySelector<HTMLInputElement>('input[type="search"]')!;
const status = dialog.querySelector<HTMLElement>('[role="status"]')!;
const list = dialog.querySelector<HTMLUListElement>('#search-results')!;
const strings = JSON.parse(dialog.dataset.strings ?? '{}') as Record<string, string>;
const base = dialog.dataset.base ?? '/';

let pagefind: Promise<PagefindApi> | undefined;
let latest = 0;
let timer: number | undefined;

function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= (async () => {
    const api = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindApi;
    await api.options({ baseUrl: base, excerptLength: 24 });
    await api.init();
    return api;
  })();
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

/** The section (sub-result) that best matches, if it is not just the page's top. */
function bestSection(data: PagefindData): PagefindSubResult | undefined {
  const sub = data.sub_results?.[0];
  return sub && sub.url !== data.url && sub.title !== data.meta.title ? sub : undefined;
}

function excerptElement(html: string): HTMLElement {
  const element = document.createElement('span');
  element.className = 'result-excerpt';
  for (const part of splitExcerpt(html)) {
    if (part.match) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      element.append(mark);
    } else element.append(part.text);
  }
  return element;
}

function resultItem(data: PagefindData): HTMLLIElement {
  const section = bestSection(data);
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = section?.url ?? data.url;
  const title = document.createElement('span');
  title.className = 'result-title';
  title.textContent = data.meta.title ?? data.url;
  link.append(title);
  if (section) {
    const where = document.createElement('span');
    where.className = 'result-section';
    where.textContent = section.title;
    link.append(where);
  }
  link.append(excerptElement(section?.excerpt ?? data.excerpt));
  item.append(link);
  return item;
}

async function runSearch(): Promise<void> {
  const query = input.value.trim();
  const ticket = ++latest;
  if (query.length < 2) {
    list.replaceChildren();
    status.textContent = query.length === 0 ? '' : (strings.empty ?? '');
    return;
  }
  try {
    const api = await loadPagefind();
    const response = await api.search(query);
    if (!response || ticket !== latest) return;
    const data = await Promise.all(response.results.slice(0, maxResults).map((result) => result.data()));
    if (ticket !== latest) return;
    list.replaceChildren(...data.map(resultItem));
    const count = response.results.length;
    status.textContent = fill(count === 0 ? strings.none! : count === 1 ? strings.one! : strings.count!, { count, query });
  } catch {
    if (ticket === latest) status.textContent = strings.error ?? '';
  }
}

const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];

input.addEventListener('input', () => {
  window.clearTimeout(timer);
  timer = window.setTimeout(() => void runSearch(), 120);
});
dialog.querySelector('form[data-search-form]')!.addEventListener('submit', (event) => {
  event.preventDefault();
  window.clearTimeout(timer);
  void runSearch().then(() => links()[0]?.focus());
});
dialog.addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const all = links();
  if (all.length === 0) return;
  const at = all.indexOf(document.activeElement as HTMLAnchorElement);
  if (event.target === input && event.key === 'ArrowDown') all[0]!.focus();
  else if (at >= 0 && event.key === 'ArrowDown') all[Math.min(at + 1, all.length - 1)]!.focus();
  else if (at > 0) all[at - 1]!.focus();
  else if (at === 0) input.focus();
  else return;
  event.preventDefault();
});
list.addEventListener('click', (event) => {
  // Following a result: the launcher then leaves focus to the page or section it opens.
  if ((event.target as Element).closest('a')) {
    dialog.dataset.followed = '';
    dialog.close();
  }
});
dialog.addEventListener('click', (event) => {
  // A click on the backdrop (outside the dialog's box) closes it.
  if (event.target !== dialog) return;
  const box = dialog.getBoundingClientRect();
  const inside =
    event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
  if (!inside) dialog.close();
});

// Loaded because the dialog has just opened: fetch the index now, then search for anything
// already typed.
status.textContent = strings.loading ?? '';
loadPagefind()
  .then(() => {
    if (status.textContent === strings.loading) status.textContent = '';
    if (input.value.trim()) void runSearch();
  })
  .catch(() => (status.textContent = strings.error ?? ''));
