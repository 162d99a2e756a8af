/**
 * The one place pages ask for evidence. Wraps the typed collections, sorts deterministically and offers the
 * lookups pages need. Pages never read content/ directly.
 */
import { getCollection } from 'astro:content';
import type { Chart, Country, Finding, Quote, Recommendation, Source, Theme } from './schema.ts';
import { countryIds, sourceIds } from './vocabulary.ts';
import { helpKinds, type HelpChannel } from './helpSchema.ts';
import { compareIds } from './idOrder.ts';

const byId = <T extends { id: string }>(a: T, b: T) => compareIds(a.id, b.id);
/** Entries' data, sorted by id (numeric-aware: src/evidence/idOrder.ts). */
const sorted = <T extends { id: string }>(entries: { data: T }[]): T[] => entries.map((e) => e.data).sort(byId);

export const getThemes = async () => {
  const themes = ((await getCollection('themes')) as { data: Theme }[]).map((e) => e.data);
  return themes.sort((a, b) => a.name.localeCompare(b.name));
};
/** Sources in the order of seeds/index.json (national reports first, then the multi-country and survey reports). */
export const getSources = async () =>
  sorted<Source>(await getCollection('sources')).sort((a, b) => sourceIds.indexOf(a.id) - sourceIds.indexOf(b.id));
export const getCountries = async () =>
  sorted<Country>(await getCollection('countries')).sort((a, b) => countryIds.indexOf(a.id) - countryIds.indexOf(b.id));
export const getQuotes = async () => sorted<Quote>(await getCollection('quotes'));
export const getFindings = async () => sorted<Finding>(await getCollection('findings'));
export const getRecommendations = async () => sorted<Recommendation>(await getCollection('recommendations'));
export const getCharts = async () => sorted<Chart>(await getCollection('charts'));

/** Help channels in page order: by country (vocabulary order), then kind (emergency routes first), then id. */
/** Every evidence collection at once, for pages that draw on all of them (the home page, countries). */
export async function getEvidence() {
  const [countries, sources, findings, quotes, charts, recommendations, themes] = await Promise.all([
    getCountries(),
    getSources(),
    getFindings(),
    getQuotes(),
    getCharts(),
    getRecommendations(),
    getThemes(),
  ]);
  return { countries, sources, findings, quotes, charts, recommendations, themes };
}
export const getHelp = async () => {
  const rank = (h: HelpChannel) => countryIds.indexOf(h.country) * helpKinds.length + helpKinds.indexOf(h.kind);
  return sorted<HelpChannel>(await getCollection('help')).sort((a, b) => rank(a) - rank(b));
};

/**
 * getStaticPaths for every per-chart route (page, embed, downloads, data, oEmbed): one path per chart, the chart as
 * prop.
 */
export const chartPaths = async () =>
  (await getCharts()).map((chart) => ({ params: { id: chart.id }, props: { chart } }));

export async function getSource(id: string): Promise<Source> {
  const source = (await getSources()).find((s) => s.id === id);
  if (!source) throw new Error(`No source with id "${id}" in content/sources/`);
  return source;
}

/** Looks a source up in a list already fetched; throws (naming the id) instead of returning undefined. */
export function sourceById(sources: Source[], id: string): Source {
  const source = sources.find((s) => s.id === id);
  if (!source) throw new Error(`No source with id "${id}" in content/sources/`);
  return source;
}

/** Sources that bear on a country: its national reports and any multi-country report that covers it. */
export const sourcesFor = (sources: Source[], country: string) =>
  sources.filter((s) => s.countries.includes(country as Source['countries'][number]));

/** Groups items by their first theme only, so each item appears once (for pages that give items anchors). */
export function groupByFirstTheme<T extends { themes: string[] }>(
  items: T[],
  themes: Theme[],
): { theme: Theme; items: T[] }[] {
  return themes
    .map((theme) => ({ theme, items: items.filter((i) => i.themes[0] === theme.id) }))
    .filter((g) => g.items.length > 0);
}
