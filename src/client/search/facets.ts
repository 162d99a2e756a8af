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
    const values = params.getAll(facet).flatMap((v) => v.split(',')).filter((v) => /^[a-z0-9-]{1,60}$/.test(v));
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

/** Pagefind filters: OR within a facet (any), AND across facets. Always limited to quotes. */
export function pagefindFilters(state: FacetState): Record<string, unknown> {
  const filters: Record<string, unknown> = { kind: 'quote' };
  for (const facet of FACETS) if (state[facet].length) filters[facet] = { any: state[facet] };
  return filters;
}

/** A query worth sending: trimmed, collapsed, at most 200 characters; null for nothing but spaces. */
export function cleanQuery(raw: string): string | null {
  const q = raw.replace(/\s+/g, ' ').trim().slice(0, 200);
  return q ? q : null;
}

/** One quote's facet values, as the page embeds them for counting without a query. */
export type FacetRecord = Record<Facet, string[]>;

/**
 * Facet counts as a user reads them: for each value, how many quotes would match if it were chosen along with the
 * choices in the other facets (OR within a facet means the facet's own choices do not narrow its counts).
 * Pagefind gives no counts for a search without words, so the quotes page counts here instead.
 */
export function countFacets(records: FacetRecord[], state: FacetState): Record<Facet, Record<string, number>> {
  const counts = { theme: {}, country: {}, speaker: {}, source: {} } as Record<Facet, Record<string, number>>;
  const matches = (r: FacetRecord, except: Facet) => FACETS.every((f) => f === except || !state[f].length || state[f].some((v) => r[f].includes(v)));
  for (const r of records)
    for (const f of FACETS) {
      if (!matches(r, f)) continue;
      for (const v of new Set(r[f])) counts[f][v] = (counts[f][v] ?? 0) + 1;
    }
  return counts;
}
