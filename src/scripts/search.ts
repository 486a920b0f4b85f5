import { searchTerms } from '../lib/search-terms';

// The search dialog. Loaded the first time search opens; it then loads Pagefind's index for the page's
// language (Pagefind splits the index by <html lang>).
interface PagefindResult {
  id: string;
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  debouncedSearch: (q: string, o?: unknown, ms?: number) => Promise<{ results: PagefindResult[] } | null>;
}

const dialog = document.querySelector<HTMLDialogElement>('dialog.search-dialog')!;
const input = dialog.querySelector<HTMLInputElement>('#search-input')!;
const status = dialog.querySelector<HTMLElement>('.search-status')!;
const list = dialog.querySelector<HTMLOListElement>('.search-results')!;
let pagefind: Promise<Pagefind | null> | undefined;
let lastQuery = '';

function loadPagefind(): Promise<Pagefind | null> {
  pagefind ??= (async () => {
    try {
      const url = dialog.dataset.pagefind!;
      const mod = (await import(/* @vite-ignore */ url)) as Pagefind;
      await mod.options({ excerptLength: 18, baseUrl: document.documentElement.dataset.base ?? '/' });
      return mod;
    } catch {
      return null;
    }
  })();
  return pagefind;
}

/** Pagefind marks matches with <mark>; everything else in an excerpt is text. */
function excerptNodes(excerpt: string): Node[] {
  const nodes: Node[] = [];
  const parts = excerpt.split(/(<mark>|<\/mark>)/);
  let marked = false;
  for (const part of parts) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) {
      const text = document.createTextNode(part.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'"));
      if (marked) {
        const m = document.createElement('mark');
        m.append(text);
        nodes.push(m);
      } else nodes.push(text);
    }
  }
  return nodes;
}

async function search(query: string): Promise<void> {
  lastQuery = query;
  const q = query.trim();
  if (!q) {
    list.replaceChildren();
    status.textContent = '';
    return;
  }
  const pf = await loadPagefind();
  if (!pf) {
    status.textContent = dialog.dataset.unavailable ?? '';
    return;
  }
  const found = await pf.debouncedSearch(searchTerms(q, document.documentElement.lang), {}, 150);
  if (found === null || query !== lastQuery) return;
  const data = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
  if (query !== lastQuery) return;
  list.replaceChildren(
    ...data.map((d) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = d.url;
      const title = document.createElement('span');
      title.className = 'search-result-title';
      title.textContent = d.meta.title ?? d.url;
      const excerpt = document.createElement('span');
      excerpt.className = 'search-result-excerpt';
      excerpt.append(...excerptNodes(d.excerpt));
      a.append(title, excerpt);
      li.append(a);
      return li;
    }),
  );
  status.textContent = data.length
    ? (dialog.dataset.count ?? '{count}').replace('{count}', String(found.results.length))
    : (dialog.dataset.empty ?? '').replace('{query}', q);
}

input.addEventListener('input', () => void search(input.value));
// Escape closes the dialog at once (a search field would otherwise spend the first press clearing itself).
input.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') {
    e.preventDefault();
    dialog.close();
  }
});
dialog.addEventListener('click', (e) => {
  if (e.target === dialog) dialog.close();
});

export function openSearchDialog(): void {
  if (!dialog.open) dialog.showModal();
  input.focus();
  input.select();
  void loadPagefind();
}
