/**
 * Facet state for the quote search: which values are chosen per facet, to and from the URL query string.
 * Only facets go in the URL (so a filtered view can be shared); the free-text query never does.
 * Pure functions, unit-tested in tests/unit/facets.test.ts.
 */
export const FACETS = ['theme', 'country', 'speaker', 'source'] as const;
export type Facet = (typeof FACETS)[number];
export type FacetState = Record<Facet, string[]>;

export const emptyState = (): FacetState => ({ theme: [], country: [], speaker: [], source: [] });

/** Reads facets from a query string, keeping only known facets and values that look like slugs. */
export function stateFromSearch(search: string, known?: Partial<Record<Facet, readonly string[]>>): FacetState {
  const params = new URLSearchParams(search);
  const state = emptyState();
  for (const facet of FACETS) {
    const values = params
      .getAll(facet)
      .flatMap((v) => v.split(','))
      .filter((v) => /^[a-z0-9-]{1,60}$/.test(v));
    state[facet] = [...new Set(values)].filter((v) => !known?.[facet] || known[facet]!.includes(v));
  }
  return state;
}

/** Writes facets to a query string ("" when none are chosen). Never includes a text query. */
export function searchFromState(state: FacetState): string {
  const params = new URLSearchParams();
  for (const facet of FACETS) for (const value of state[facet]) params.append(facet, value);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/**
 * Pagefind filters: OR within a facet (any), AND across facets, always limited to quotes. With no words
 * (`words` false), Pagefind counts only the filters it is given, so every facet is named, even with nothing
 * chosen (`any: []` restricts nothing); with words it counts every filter anyway, and naming empty facets only
 * slows it down. `open` leaves one facet's choices out, for that facet's counts (see facetCounts).
 */
export function pagefindFilters(state: FacetState, open?: Facet, words = false): Record<string, unknown> {
  const filters: Record<string, unknown> = { kind: 'quote' };
  for (const facet of FACETS) {
    const chosen = facet === open ? [] : state[facet];
    if (chosen.length || !words) filters[facet] = { any: chosen };
  }
  return filters;
}

/** Facets that need a search of their own for their counts: those with choices. */
export const facetsToOpen = (state: FacetState): Facet[] => FACETS.filter((f) => state[f].length > 0);

export type Counts = Record<Facet, Record<string, number>>;

/**
 * Facet counts as a user reads them: for each value, how many of the quotes that match the words and the other
 * facets' choices carry it (what ticking it shows, when nothing else in its facet is ticked). Pagefind counts results
 * that match every filter, so a facet with choices of its own takes its
 * counts from the search that left it open (OR within a facet: its own choices must not narrow its counts);
 * the other facets take theirs from the main search.
 */
export function facetCounts(
  main: Record<string, Record<string, number>>,
  opened: Partial<Record<Facet, Record<string, Record<string, number>>>>,
): Counts {
  const out = {} as Counts;
  for (const f of FACETS) out[f] = { ...(opened[f]?.[f] ?? main[f] ?? {}) };
  return out;
}

/** A query worth sending: trimmed, collapsed, at most 200 characters; null for nothing but spaces. */
export function cleanQuery(raw: string): string | null {
  const q = raw.replace(/\s+/g, ' ').trim().slice(0, 200);
  return q ? q : null;
}

/** One quote's facet values, as the page embeds them for counting without a query. */
export type FacetRecord = Record<Facet, string[]>;

/**
 * The same counts, computed here from each result's own filters: for a query searched in several forms
 * (synonyms), whose results are a union that Pagefind never counted as one.
 */
export function countFacets(records: FacetRecord[], state: FacetState): Counts {
  const counts = { theme: {}, country: {}, speaker: {}, source: {} } as Counts;
  for (const r of records)
    for (const f of FACETS) {
      if (!matchesExcept(r, state, f)) continue;
      for (const v of new Set(r[f])) counts[f][v] = (counts[f][v] ?? 0) + 1;
    }
  return counts;
}

/** Whether a record matches the chosen facets, leaving out one facet (or none). */
export const matchesExcept = (r: FacetRecord, state: FacetState, except?: Facet) =>
  FACETS.every((f) => f === except || !state[f].length || state[f].some((v) => r[f].includes(v)));

/** How many filters are chosen, for the label of the collapsed filters ("Filters (2 active)"). */
export const activeCount = (state: FacetState) => FACETS.reduce((n, f) => n + state[f].length, 0);
