/**
 * <quote-search>: the /quotes/ interface. Lists every quote with no query (Pagefind with filters only), narrows
 * as the user types, combines facets (OR within, AND across), keeps facets — never the text — in the URL, and
 * announces result counts politely. Everything the user typed is shown back only as text.
 */
import { loadPagefind, type PagefindData } from './pagefind.ts';
import { displayText } from '../../evidence/cite.ts';
import { cleanQuery, countFacets, FACETS, pagefindFilters, searchFromState, stateFromSearch, type FacetRecord, type FacetState } from './facets.ts';

const PAGE = 20;

class QuoteSearch extends HTMLElement {
  private state!: FacetState;
  private results: { data: () => Promise<PagefindData> }[] = [];
  private shown = 0;
  private run = 0;
  private citations: Record<string, string> = {};
  private records: FacetRecord[] = [];

  connectedCallback() {
    const form = this.querySelector('form')!;
    const input = this.querySelector<HTMLInputElement>('input[type=search]')!;
    this.citations = JSON.parse(this.querySelector('#citations')?.textContent ?? '{}');
    this.records = (JSON.parse(this.querySelector('#quote-facets')?.textContent ?? '[]') as string[][][]).map(([theme, country, speaker, source]) => ({
      theme: theme!, country: country!, speaker: speaker!, source: source!,
    }));
    const known = Object.fromEntries(FACETS.map((f) => [f, [...this.querySelectorAll<HTMLInputElement>(`input[name=${f}]`)].map((i) => i.value)]));
    this.state = stateFromSearch(location.search, known);
    for (const f of FACETS) for (const box of this.querySelectorAll<HTMLInputElement>(`input[name=${f}]`)) box.checked = this.state[f].includes(box.value);
    // No debounce: Pagefind answers within a frame or two, and stale answers are dropped by the run counter.
    input.addEventListener('input', () => void this.search(input.value));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.search(input.value);
    });
    form.addEventListener('change', (e) => {
      const box = e.target as HTMLInputElement;
      if (box.type !== 'checkbox') return;
      const facet = box.name as keyof FacetState;
      this.state[facet] = box.checked ? [...this.state[facet], box.value] : this.state[facet].filter((v) => v !== box.value);
      history.replaceState(null, '', `${location.pathname}${searchFromState(this.state)}`);
      this.search(input.value);
    });
    this.querySelector('.more')!.addEventListener('click', () => this.showMore());
    this.search(input.value);
  }

  private async search(raw: string) {
    const run = ++this.run;
    const query = cleanQuery(raw);
    const pagefind = await loadPagefind();
    const found = await pagefind.search(query, { filters: pagefindFilters(this.state) });
    if (run !== this.run) return; // a newer keystroke won
    this.results = found.results;
    this.shown = 0;
    this.querySelector('ol.results')!.replaceChildren();
    // Pagefind counts only searches with words; without words, count the embedded facet records.
    this.updateCounts(query ? found.filters : countFacets(this.records, this.state));
    const status = this.querySelector('[role=status]')!;
    const n = this.results.length;
    status.textContent = `${n} quote${n === 1 ? '' : 's'}${query ? ` for “${query}”` : ''}`;
    const empty = this.querySelector<HTMLElement>('.no-results')!;
    empty.hidden = n > 0;
    if (!n) this.explainEmpty(query);
    await this.showMore();
    this.dispatchEvent(new CustomEvent('results', { detail: { query, count: n } }));
  }

  private updateCounts(counts: Record<string, Record<string, number>>) {
    for (const f of FACETS)
      for (const box of this.querySelectorAll<HTMLInputElement>(`input[name=${f}]`)) {
        const out = box.parentElement?.querySelector('.count');
        if (out) out.textContent = String(counts[f]?.[box.value] ?? 0);
      }
  }

  private explainEmpty(query: string | null) {
    const list = this.querySelector('.no-results ul')!;
    list.replaceChildren();
    const add = (text: string, action?: () => void) => {
      const li = document.createElement('li');
      if (action) {
        const b = document.createElement('button');
        b.type = 'button';
        b.textContent = text;
        b.addEventListener('click', action);
        li.append(b);
      } else li.textContent = text;
      list.append(li);
    };
    if (query) add('Check the spelling, or try another word for the same thing (for example “police” or “prosecutor”, “school” or “teacher”).');
    for (const f of FACETS)
      for (const v of this.state[f]) {
        const label = this.querySelector(`input[name=${f}][value="${CSS.escape(v)}"]`)?.parentElement?.querySelector('.label')?.textContent ?? v;
        add(`Remove the filter “${label}”`, () => {
          const box = this.querySelector<HTMLInputElement>(`input[name=${f}][value="${CSS.escape(v)}"]`);
          if (box) box.click();
        });
      }
  }

  private async showMore() {
    const next = this.results.slice(this.shown, this.shown + PAGE);
    this.shown += next.length;
    const run = this.run;
    const items = await Promise.all(next.map((r) => r.data()));
    if (run !== this.run) return;
    const list = this.querySelector('ol.results')!;
    for (const data of items) list.append(this.renderQuote(data));
    this.querySelector<HTMLElement>('.more')!.hidden = this.shown >= this.results.length;
  }

  private renderQuote(data: PagefindData): HTMLElement {
    const li = document.createElement('li');
    li.className = 'quote-result';
    const text = displayText(data.content);
    const bq = document.createElement('blockquote');
    bq.textContent = text;
    const meta = document.createElement('p');
    meta.className = 'small meta';
    const strong = document.createElement('strong');
    strong.textContent = data.meta.speaker ?? '';
    meta.append(strong, ` · ${data.meta.country ?? ''} · ${data.meta.source ?? ''}, ${data.meta.section ?? ''}`);
    const actions = document.createElement('p');
    actions.className = 'small actions';
    const link = document.createElement('a');
    link.href = data.url;
    link.textContent = 'See it in context';
    const copy = document.createElement('button');
    copy.type = 'button';
    copy.textContent = 'Copy quote with citation';
    copy.addEventListener('click', async () => {
      const cite = `“${text}” (${data.meta.speaker}, ${data.meta.country}). ${this.citations[data.meta.sourceId ?? ''] ?? data.meta.source}, ${data.meta.section}.`;
      try {
        await navigator.clipboard.writeText(cite);
        copy.textContent = 'Copied';
      } catch {
        copy.textContent = 'Copy failed: select the text instead';
      }
    });
    actions.append(link, ' ', copy);
    li.append(bq, meta, actions);
    return li;
  }
}
if (!customElements.get('quote-search')) customElements.define('quote-search', QuoteSearch);
