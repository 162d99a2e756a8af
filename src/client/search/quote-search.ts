/**
 * <quote-search>: the /quotes/ interface. With no words it lists every quote in the careful default order
 * (src/evidence/quoteOrder.ts). The page's HTML holds that listing's first page and counts, so with no words and no
 * filters in the address nothing is loaded until the reader types, ticks a filter or asks for more; words narrow
 * the list (src/client/search/query.ts decides what Pagefind is asked);
 * facets combine (OR within, AND across) with counts for the current words and choices, and live in the URL —
 * the words never do. Results are QuoteCards filled from the page's <template>s (quote-card.ts).
 * Screen readers hear the result count once typing settles, and only when it changed; the visible count
 * updates at once. If Pagefind cannot load, the page says so and points to the theme and country lists.
 */
import { loadPagefind, type Pagefind, type PagefindData } from './pagefind.ts';
import {
  activeCount,
  countFacets,
  facetCounts,
  facetsToOpen,
  FACETS,
  matchesExcept,
  pagefindFilters,
  searchFromState,
  stateFromSearch,
  type Counts,
  type FacetRecord,
  type FacetState,
} from './facets.ts';
import { planQuery } from './query.ts';
import { fillQuoteCard } from './quote-card.ts';
import type { QuoteCardData } from '../../evidence/quoteCard.ts';
import { LISTING_PAGE as PAGE } from '../../evidence/quoteOrder.ts';

/** Cards rendered before the first paint after a keystroke: as many as a tall phone or a laptop screen shows. */
const FIRST_PAINT = 4;
/** How long typing must pause before the count is announced. */
const SETTLE_MS = 700;

type Result = { data: () => Promise<PagefindData> };

class QuoteSearch extends HTMLElement {
  private state!: FacetState;
  private results: Result[] = [];
  private shown = 0;
  private run = 0;
  private announceTimer = 0;
  private lastAnnounced = '';
  private lastCount: number | null = null;
  /**
   * The listing on arrival is not announced: the page's heading and lede already say what it is. Everything after
   * the reader's first keystroke or filter is; set then, not by the first listing, which may come after the first
   * keystroke when the index is slow to load (the listing is then dropped as stale, and the search announced).
   */
  private arrived = false;
  /** The listing on screen is the page's own first page (server-rendered); the index has not been asked for it. */
  private prerendered = false;
  private continuing: Promise<void> | null = null;

  connectedCallback() {
    const form = this.querySelector('form')!;
    const input = this.querySelector<HTMLInputElement>('input[type=search]')!;
    const known = Object.fromEntries(
      FACETS.map((f) => [f, [...this.querySelectorAll<HTMLInputElement>(`input[name=${f}]`)].map((i) => i.value)]),
    );
    this.state = stateFromSearch(location.search, known);
    for (const f of FACETS)
      for (const box of this.querySelectorAll<HTMLInputElement>(`input[name=${f}]`))
        box.checked = this.state[f].includes(box.value);
    // Filters start open where there is room beside the results; on a phone they start closed, above them.
    const filters = this.querySelector<HTMLDetailsElement>('details.filters');
    if (filters && matchMedia('(min-width: 60rem)').matches) filters.open = true;
    this.showActive();
    // Searching on every keystroke keeps the list live (stale answers are dropped by the run counter);
    // only the announcement waits for typing to settle.
    input.addEventListener('input', () => {
      this.arrived = true;
      // Typing has not settled: an earlier query's announcement still waiting must not be spoken. Waiting only
      // for the next result let a slow search speak "14 quotes for “poli”" while "police" was typed (Orca walk).
      clearTimeout(this.announceTimer);
      void this.search(input.value);
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.arrived = true;
      void this.search(input.value);
    });
    form.addEventListener('change', (e) => {
      const box = e.target as HTMLInputElement;
      if (box.type !== 'checkbox') return;
      this.arrived = true;
      const facet = box.name as keyof FacetState;
      this.state[facet] = box.checked
        ? [...this.state[facet], box.value]
        : this.state[facet].filter((v) => v !== box.value);
      history.replaceState(null, '', `${location.pathname}${searchFromState(this.state)}`);
      this.showActive();
      void this.search(input.value);
    });
    this.querySelector('.more')!.addEventListener('click', () => void this.more());
    // Words typed before this script ran, or filters in the address, need the index at once; otherwise the
    // server-rendered first page is the default listing, and its count is the one on the page.
    const list = this.querySelector('ol.results')!;
    if (input.value || activeCount(this.state) > 0 || !list.children.length) void this.search(input.value);
    else {
      this.dataset.ready = '';
      this.prerendered = true;
      this.shown = list.children.length;
      this.lastAnnounced = this.querySelector('.result-count')!.textContent ?? '';
      this.lastCount = Number.parseInt(this.lastAnnounced, 10);
    }
  }

  /** "Show more quotes": after the server-rendered first page, the default listing is fetched for the rest. */
  private async more() {
    if (!this.prerendered) return this.showMore(true);
    this.continuing ??= this.continueListing().finally(() => (this.continuing = null));
    return this.continuing;
  }

  private async continueListing() {
    const run = this.run;
    let found: { results: Result[] };
    try {
      found = await this.searchOne(await loadPagefind(), null);
    } catch {
      if (run === this.run) this.failed();
      return;
    }
    if (run !== this.run) return; // the reader typed or ticked meanwhile: that search replaces the list
    this.prerendered = false;
    this.results = found.results;
    await this.showMore(true);
  }

  private async search(raw: string) {
    const run = ++this.run;
    this.prerendered = false;
    const plan = planQuery(raw);
    const count = this.querySelector<HTMLElement>('.result-count')!;
    const list = this.querySelector('ol.results')!;
    if (plan.kind === 'unsearchable') {
      this.results = [];
      list.replaceChildren();
      this.querySelector<HTMLElement>('.more')!.hidden = true;
      this.querySelector<HTMLElement>('.no-results')!.hidden = true;
      count.textContent = plan.message;
      this.dataset.ready = '';
      this.announce(plan.message, null);
      this.dispatchEvent(new CustomEvent('results', { detail: { query: raw, count: 0 } }));
      return;
    }
    let pagefind: Pagefind;
    let found: { results: Result[]; counts: Counts };
    try {
      pagefind = await loadPagefind();
      found =
        plan.kind === 'search' && plan.variants.length > 1
          ? await this.searchUnion(pagefind, plan.variants)
          : await this.searchOne(pagefind, plan.kind === 'search' ? plan.variants[0]! : null);
    } catch {
      if (run === this.run) this.failed();
      return;
    }
    if (run !== this.run) return; // a newer keystroke won
    this.results = found.results;
    this.shown = 0;
    list.replaceChildren();
    this.updateCounts(found.counts);
    const n = this.results.length;
    const query = plan.kind === 'search' ? plan.shown : null;
    const text = `${n} quote${n === 1 ? '' : 's'}${query ? ` for “${query}”` : ''}`;
    count.textContent = text;
    this.announce(text, n);
    const empty = this.querySelector<HTMLElement>('.no-results')!;
    empty.hidden = n > 0;
    if (!n) this.explainEmpty(query);
    // The first screen's worth of cards paints at once; the rest of the page of results follows a frame later.
    await this.showMore(false, FIRST_PAINT);
    if (run === this.run) this.dataset.ready = ''; // the list is this search's now, so it may show (see the page's CSS)
    this.dispatchEvent(new CustomEvent('results', { detail: { query: raw, count: n } }));
    requestAnimationFrame(() => setTimeout(() => run === this.run && void this.showMore(false, PAGE - FIRST_PAINT), 0));
  }

  /** One Pagefind search for the results, plus one per facet with choices, for that facet's counts. */
  private async searchOne(pagefind: Pagefind, term: string | null) {
    const sort = term ? {} : { sort: { lead: 'asc' as const } };
    const open = facetsToOpen(this.state);
    const [main, ...opened] = await Promise.all([
      pagefind.search(term, { filters: pagefindFilters(this.state, undefined, !!term), ...sort }),
      ...open.map((f) => pagefind.search(term, { filters: pagefindFilters(this.state, f, !!term) })),
    ]);
    return {
      results: main!.results,
      counts: facetCounts(main!.filters, Object.fromEntries(open.map((f, i) => [f, opened[i]!.filters]))),
    };
  }

  /**
   * A query searched in several forms (synonyms): the union of their results, best score first. Such queries name
   * terms of art, which few quotes contain, so each result's filters are read and counted here.
   */
  private async searchUnion(pagefind: Pagefind, variants: string[]) {
    const all = await Promise.all(variants.map((v) => pagefind.search(v, { filters: { kind: 'quote' } })));
    const best = new Map<string, { score: number; r: Result }>();
    for (const s of all)
      for (const r of s.results)
        if ((best.get(r.id)?.score ?? -1) < (r.score ?? 0)) best.set(r.id, { score: r.score ?? 0, r });
    const ranked = [...best.values()].sort((a, b) => b.score - a.score);
    const data = await Promise.all(ranked.map((x) => x.r.data()));
    const records: FacetRecord[] = data.map((d) => ({
      theme: d.filters.theme ?? [],
      country: d.filters.country ?? [],
      speaker: d.filters.speaker ?? [],
      source: d.filters.source ?? [],
    }));
    const results = data
      .filter((_, i) => matchesExcept(records[i]!, this.state))
      .map((d) => ({ data: () => Promise.resolve(d) }));
    return { results, counts: countFacets(records, this.state) };
  }

  /** Tells screen readers the count once typing has settled, and only when it changed. */
  private announce(text: string, n: number | null) {
    clearTimeout(this.announceTimer);
    if (!this.arrived) {
      this.lastCount = n;
      this.lastAnnounced = text;
      return;
    }
    this.announceTimer = window.setTimeout(() => {
      if (n !== null && n === this.lastCount) return;
      if (text === this.lastAnnounced) return;
      this.lastCount = n;
      this.lastAnnounced = text;
      this.querySelector('.result-announce')!.textContent = text;
    }, SETTLE_MS);
  }

  private failed() {
    this.dataset.ready = '';
    this.querySelector<HTMLElement>('.search-ui')!.hidden = true;
    this.dataset.failed = '';
    this.querySelector<HTMLElement>('.search-failed')!.hidden = false;
  }

  private showActive() {
    const n = activeCount(this.state);
    const out = this.querySelector('.active-count');
    if (out) out.textContent = n ? `(${n} active)` : '';
  }

  private updateCounts(counts: Counts) {
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
    if (query)
      add(
        'Check the spelling, or try another word for the same thing (for example “police” or “prosecutor”, “school” or “teacher”).',
      );
    for (const f of FACETS)
      for (const v of this.state[f]) {
        const label =
          this.querySelector(`input[name=${f}][value="${CSS.escape(v)}"]`)?.parentElement?.querySelector('.label')
            ?.textContent ?? v;
        add(`Remove the filter “${label}”`, () => {
          const box = this.querySelector<HTMLInputElement>(`input[name=${f}][value="${CSS.escape(v)}"]`);
          if (box) box.click();
        });
      }
  }

  /**
   * Appends the next page of results; after "Show more quotes", focus moves to the first new one and the number added
   * is announced.
   */
  private async showMore(fromButton: boolean, size = PAGE) {
    const next = this.results.slice(this.shown, this.shown + size);
    this.shown += next.length;
    const run = this.run;
    const items = await Promise.all(next.map((r) => r.data()));
    if (run !== this.run) return;
    const list = this.querySelector('ol.results')!;
    const plain = this.querySelector<HTMLTemplateElement>('#quote-card-template')!;
    const explicit = this.querySelector<HTMLTemplateElement>('#quote-card-explicit-template')!;
    const added = items.map((data) => {
      const card = JSON.parse(data.meta.card ?? '{}') as QuoteCardData;
      const li = document.createElement('li');
      li.append(fillQuoteCard(card.explicit ? explicit : plain, card));
      return li;
    });
    list.append(...added);
    // Hidden while the rest of the first page is still coming, so it never appears and then vanishes.
    this.querySelector<HTMLElement>('.more')!.hidden = this.shown >= this.results.length || this.shown < PAGE;
    if (fromButton && added.length) {
      added[0]!.querySelector<HTMLElement>('.quote-card')!.focus();
      const left = this.results.length - this.shown;
      this.querySelector('.result-announce')!.textContent =
        `${added.length} more quotes shown${left ? `, ${left} still to show` : ', all shown'}.`;
    }
  }
}
if (!customElements.get('quote-search')) customElements.define('quote-search', QuoteSearch);
