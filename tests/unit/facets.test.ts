import { describe, expect, it } from 'vitest';
import {
  activeCount,
  cleanQuery,
  countFacets,
  emptyState,
  facetCounts,
  facetsToOpen,
  pagefindFilters,
  searchFromState,
  stateFromSearch,
  type FacetRecord,
} from '../../src/client/search/facets.ts';

describe('facet state in the URL', () => {
  it('round-trips chosen facets', () => {
    const state = { ...emptyState(), theme: ['stigma-blame'], country: ['peru', 'mexico'] };
    expect(stateFromSearch(searchFromState(state))).toEqual(state);
    expect(searchFromState(state)).toBe('?theme=stigma-blame&country=peru&country=mexico');
  });
  it('ignores unknown facets, the text query and values that are not slugs', () => {
    const s = stateFromSearch('?q=police&theme=<script>&country=peru&colour=red');
    expect(s).toEqual({ ...emptyState(), country: ['peru'] });
  });
  it('keeps only known values when given the vocabulary', () => {
    expect(stateFromSearch('?country=peru&country=chile', { country: ['peru'] }).country).toEqual(['peru']);
  });
  it('writes nothing when nothing is chosen', () => {
    expect(searchFromState(emptyState())).toBe('');
  });
});

describe('pagefindFilters', () => {
  it('is OR within a facet and AND across facets, always quotes, and names every facet so Pagefind counts it', () => {
    expect(pagefindFilters({ ...emptyState(), theme: ['a', 'b'], country: ['peru'] })).toEqual({
      kind: 'quote',
      theme: { any: ['a', 'b'] },
      country: { any: ['peru'] },
      speaker: { any: [] },
      source: { any: [] },
    });
  });
  it('leaves the open facet unrestricted and keeps the others', () => {
    expect(pagefindFilters({ ...emptyState(), theme: ['a'], country: ['peru'] }, 'country')).toEqual({
      kind: 'quote',
      theme: { any: ['a'] },
      country: { any: [] },
      speaker: { any: [] },
      source: { any: [] },
    });
  });
});

describe('pagefindFilters with words', () => {
  it('names only the facets with choices (Pagefind counts every filter when there are words)', () => {
    expect(pagefindFilters({ ...emptyState(), country: ['peru'] }, undefined, true)).toEqual({
      kind: 'quote',
      country: { any: ['peru'] },
    });
    expect(pagefindFilters({ ...emptyState(), country: ['peru'] }, 'country', true)).toEqual({ kind: 'quote' });
  });
});

describe('facetCounts (from Pagefind searches)', () => {
  it('opens exactly the facets that have choices', () => {
    expect(facetsToOpen({ ...emptyState(), country: ['peru'], source: ['s1'] })).toEqual(['country', 'source']);
    expect(facetsToOpen(emptyState())).toEqual([]);
  });
  it("takes a facet's counts from the search that left it open, the others from the main search", () => {
    const main = { theme: { a: 3 }, country: { peru: 3, mexico: 0 }, speaker: { survivor: 3 }, source: { s1: 3 } };
    const openCountry = {
      theme: { a: 9 },
      country: { peru: 3, mexico: 6 },
      speaker: { survivor: 9 },
      source: { s1: 9 },
    };
    const c = facetCounts(main, { country: openCountry });
    expect(c.country).toEqual({ peru: 3, mexico: 6 });
    expect(c.theme).toEqual({ a: 3 });
    expect(c.speaker).toEqual({ survivor: 3 });
  });
  it('gives empty counts for a facet Pagefind did not count', () => {
    expect(facetCounts({}, {}).theme).toEqual({});
  });
});

describe('activeCount', () => {
  it('counts every chosen value across facets', () => {
    expect(activeCount({ ...emptyState(), theme: ['a', 'b'], country: ['peru'] })).toBe(3);
    expect(activeCount(emptyState())).toBe(0);
  });
});

describe('cleanQuery', () => {
  it('treats spaces as no query and caps length', () => {
    expect(cleanQuery('   ')).toBeNull();
    expect(cleanQuery('  police   station ')).toBe('police station');
    expect(cleanQuery('x'.repeat(1000))!.length).toBe(200);
  });
});

describe('countFacets', () => {
  const r = (theme: string[], country: string, speaker = 'survivor', source = 's1'): FacetRecord => ({
    theme,
    country: [country],
    speaker: [speaker],
    source: [source],
  });
  const records = [
    r(['a'], 'peru'),
    r(['a', 'b'], 'mexico'),
    r(['b'], 'peru', 'frontline-worker'),
    r(['c'], 'albania'),
  ];
  it('counts everything with nothing chosen', () => {
    const c = countFacets(records, emptyState());
    expect(c.theme).toEqual({ a: 2, b: 2, c: 1 });
    expect(c.country).toEqual({ peru: 2, mexico: 1, albania: 1 });
  });
  it("does not narrow a facet's own counts by its own choices, but narrows the others", () => {
    const c = countFacets(records, { ...emptyState(), country: ['peru'] });
    expect(c.country).toEqual({ peru: 2, mexico: 1, albania: 1 });
    expect(c.theme).toEqual({ a: 1, b: 1 });
    expect(c.speaker).toEqual({ survivor: 1, 'frontline-worker': 1 });
  });
});
