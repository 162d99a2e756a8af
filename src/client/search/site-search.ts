/**
 * <site-search>: /search/ — the whole site (quotes, findings, pages). Pagefind loads on the first keystroke,
 * not with the page, and focus stays where the reader is (the quick exit comes first). The query is never
 * written to the URL; src/client/search/query.ts decides what Pagefind is asked. Results show as text with
 * Pagefind's <mark>s; a quote flagged as describing abuse in detail shows its excerpt only on request.
 */
import { loadPagefind, safeExcerpt, type PagefindData } from './pagefind.ts';
import { planQuery } from './query.ts';

const SHOWN = 25;

class SiteSearch extends HTMLElement {
  private run = 0;
  connectedCallback() {
    const form = this.querySelector('form')!;
    const input = this.querySelector<HTMLInputElement>('input[type=search]')!;
    const kind = this.querySelector<HTMLSelectElement>('select[name=kind]')!;
    let timer = 0;
    const go = () => {
      clearTimeout(timer);
      timer = window.setTimeout(() => void this.search(input.value, kind.value), 120);
    };
    input.addEventListener('input', go);
    kind.addEventListener('change', go);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.search(input.value, kind.value);
    });
  }

  private async search(raw: string, kind: string) {
    const run = ++this.run;
    const plan = planQuery(raw);
    const status = this.querySelector('[role=status]')!;
    const list = this.querySelector('ol')!;
    if (plan.kind !== 'search') {
      list.replaceChildren();
      status.textContent = plan.kind === 'unsearchable' ? plan.message : '';
      return;
    }
    let data: PagefindData[];
    let n: number;
    try {
      const pagefind = await loadPagefind();
      const found = await Promise.all(plan.variants.map((v) => pagefind.search(v, kind ? { filters: { kind } } : {})));
      if (run !== this.run) return;
      // Several forms of a query (synonyms): the union of their results, best score first.
      const best = new Map<string, { score: number; data: () => Promise<PagefindData> }>();
      for (const s of found)
        for (const r of s.results)
          if ((best.get(r.id)?.score ?? -1) < (r.score ?? 0)) best.set(r.id, { score: r.score ?? 0, data: r.data });
      const ranked = [...best.values()].sort((a, b) => b.score - a.score);
      n = ranked.length;
      data = await Promise.all(ranked.slice(0, SHOWN).map((r) => r.data()));
    } catch {
      if (run !== this.run) return;
      list.replaceChildren();
      this.querySelector<HTMLElement>('.search-failed')!.hidden = false;
      status.textContent = 'Search could not load. Browse by theme or by country instead (links below the search box).';
      return;
    }
    if (run !== this.run) return;
    list.replaceChildren(...data.map((d) => this.renderResult(d)));
    status.textContent = n
      ? `${n} result${n === 1 ? '' : 's'} for “${plan.shown}”${n > SHOWN ? `, showing the first ${SHOWN}` : ''}`
      : `No results for “${plan.shown}”. Check the spelling, try fewer or other words, or search all kinds.`;
  }

  private renderResult(d: PagefindData): HTMLLIElement {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = d.url;
    a.textContent = d.meta.title ?? d.url;
    const tag = document.createElement('span');
    tag.className = 'small muted';
    tag.textContent = ` — ${d.meta.kind ?? 'page'}${d.meta.source ? `, ${d.meta.source}` : ''}`;
    const p = document.createElement('p');
    p.append(safeExcerpt(d.excerpt));
    if (d.meta.explicit === 'true') {
      // The same notice as QuoteCard's: the words stay folded until the reader chooses to read them.
      const details = document.createElement('details');
      details.className = 'quote-explicit';
      const summary = document.createElement('summary');
      summary.textContent = 'This quote describes abuse in detail — show';
      details.append(summary, p);
      li.append(a, tag, details);
    } else li.append(a, tag, p);
    return li;
  }
}
if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
