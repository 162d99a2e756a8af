/**
 * Loads Pagefind's browser API from /pagefind/ on first use (never at page load), once.
 * The path is built at run time so the bundler leaves it alone: the index exists only after the build.
 */
export interface PagefindResult {
  id: string;
  score?: number;
  data: () => Promise<PagefindData>;
}
export interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
export interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
export interface Pagefind {
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (
    query: string | null,
    options?: { filters?: Record<string, unknown>; sort?: Record<string, 'asc' | 'desc'> },
  ) => Promise<PagefindSearch>;
}

let loading: Promise<Pagefind> | null = null;
/** Rejects when the index cannot be fetched or started; the search pages then say so (never silently). */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = new URL('/pagefind/pagefind.js', location.origin).href;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.init();
    // The filter index too, before any search: a search with words begun before it had loaded counted 0 for every
    // filter (seen: "14 quotes for “police”" with every facet at 0, in 6 of 15 loads where the word was typed before
    // the first listing arrived).
    await pagefind.filters();
    return pagefind;
  })();
  return loading;
}

/** Keeps only <mark> from a Pagefind excerpt, as text otherwise, so nothing indexed can become markup. */
export function safeExcerpt(excerpt: string): DocumentFragment {
  const out = document.createDocumentFragment();
  const parts = excerpt.split(/(<mark>|<\/mark>)/);
  let inMark = false;
  for (const part of parts) {
    if (part === '<mark>') inMark = true;
    else if (part === '</mark>') inMark = false;
    else if (part) {
      const text = document.createTextNode(
        part
          .replace(/<[^>]*>/g, '')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'")
          .replace(/&amp;/g, '&'),
      );
      if (inMark) {
        const m = document.createElement('mark');
        m.append(text);
        out.append(m);
      } else out.append(text);
    }
  }
  return out;
}
