/**
 * Where each item lives on the site. The pages, the /data/ exports and the search index all use these,
 * so a `url` in the data always points at an anchor that exists (scripts/check/links.mjs checks it).
 */
import type { Chart, Finding, Quote, Recommendation } from './schema.ts';

export const countryUrl = (id: string) => `/countries/${id}/`;
export const themeUrl = (id: string) => `/themes/${id}/`;
export const sourceUrl = (id: string) => `/sources/${id}/`;
/** A quote's home is its country page, where quotes are grouped by theme. */
export const quoteUrl = (q: Pick<Quote, 'id' | 'country'>) => `${countryUrl(q.country)}#${q.id}`;
/** A finding's home is its country page; findings across countries live on their source's page. */
export const findingUrl = (f: Pick<Finding, 'id' | 'country' | 'source'>) =>
  f.country === 'multi' ? `${sourceUrl(f.source.id)}#${f.id}` : `${countryUrl(f.country)}#${f.id}`;
export const recommendationUrl = (r: Pick<Recommendation, 'id'>) => `/recommendations/#${r.id}`;
export const chartUrl = (c: Pick<Chart, 'id'>) => `/charts/${c.id}/`;
export const embedUrl = (c: Pick<Chart, 'id'>) => `/embed/${c.id}/`;
/** Where to get help: the /help/ page, a country's section on it, and one channel. */
export const helpUrl = (country?: string) => (country ? `/help/#${country}` : '/help/');
export const helpChannelUrl = (h: { id: string }) => `/help/#${h.id}`;
