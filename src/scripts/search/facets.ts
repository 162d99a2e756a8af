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
