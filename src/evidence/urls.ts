/**
 * Where each item lives on the site. The pages, the /data/ exports and the search index all use these,
 * so a `url` in the data always points at an anchor that exists (scripts/check/links.mjs checks it).
 */
import type { Chart, Finding, Quote, Recommendation } from './schema.ts';

export const countryUrl = (id: string) => `/countries/${id}/`;
export const themeUrl = (id: string) => `/themes/${id}/`;
export const themeFindingsUrl = (id: string) => `/themes/${id}/findings/`;
export const sourceUrl = (id: string) => `/sources/${id}/`;
/** A country's detail pages; with a theme, the part of the findings or quotes under that (first) theme. */
export const countryPageUrl = (
  id: string,
  page: 'overview' | 'findings' | 'quotes' | 'charts' | 'recommendations' | 'brief' | 'legal',
  theme?: string,
) => `${countryUrl(id)}${page}/${theme ? `${theme}/` : ''}`;
/**
 * A quote's home is its country's quotes page for its first theme (pages/countries/[slug]/quotes/[theme].astro),
 * so each quote has one anchor and no page holds all of a country's quotes.
 */
export const quoteUrl = (q: Pick<Quote, 'id' | 'country' | 'themes'>) =>
  `${countryPageUrl(q.country, 'quotes', q.themes[0])}#${q.id}`;
/**
 * A finding's home is its country's findings page for its first theme; findings pooled across countries live on
 * their source's page.
 */
export const findingUrl = (f: Pick<Finding, 'id' | 'country' | 'source' | 'themes'>) =>
  f.country === 'multi'
    ? `${sourceUrl(f.source.id)}#${f.id}`
    : `${countryPageUrl(f.country, 'findings', f.themes[0])}#${f.id}`;
export const recommendationUrl = (r: Pick<Recommendation, 'id'>) => `/recommendations/#${r.id}`;
export const chartUrl = (c: Pick<Chart, 'id'>) => `/charts/${c.id}/`;
export const embedUrl = (c: Pick<Chart, 'id'>) => `/embed/${c.id}/`;
/** Where to get help: the /help/ page, a country's section on it, and one channel. */
export const helpUrl = (country?: string) => (country ? `/help/#${country}` : '/help/');
export const helpChannelUrl = (h: { id: string }) => `/help/#${h.id}`;
