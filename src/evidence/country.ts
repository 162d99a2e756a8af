/**
 * What a country's pages show: its own evidence first, then what it shares with other countries (pooled or
 * compared), split by theme so no page is huge. Used by src/pages/countries/[slug]/** (the hub, the detail pages
 * and the printable brief). Selection rules live here, once, so the hub, the brief and the tests agree.
 */
import type { Chart, Finding, Quote, Recommendation, Source, Theme } from './schema.ts';
import { scopeLabel, scopeOfChart, scopeOfFinding, isOwnCountry } from './scope.ts';
import { getEvidence, sourceById, sourcesFor } from './queries.ts';
import { countryIds, recommendationAreas, type CountryId } from './vocabulary.ts';
import { getCollection, type CollectionEntry } from 'astro:content';

export interface Evidence {
  sources: Source[];
  findings: Finding[];
  quotes: Quote[];
  charts: Chart[];
  recommendations: Recommendation[];
  themes: Theme[];
}

/** The scope label of a finding ("Mexico only, n = 91"; "All six countries, pooled, n = 413"). */
export const findingScope = (f: Finding, sources: Source[]) =>
  scopeLabel(scopeOfFinding(f, sourceById(sources, f.source.id)), f.n);
/** The scope label of a chart. */
export const chartScope = (c: Chart) => scopeLabel(scopeOfChart(c), c.n);

/** Quotes may carry `explicit: true` (a graphic account); pages that choose quotes for a reader leave those out. */
const isExplicit = (q: Quote) => (q as Quote & { explicit?: boolean }).explicit === true;

/** Every record that bears on one country, own evidence and shared evidence kept apart. */
export function countryEvidence(id: CountryId, e: Evidence) {
  const sources = sourcesFor(e.sources, id);
  const sourceIds = new Set(sources.map((s) => s.id));
  const own = e.findings.filter((f) => f.country === id);
  // Findings pooled across countries, from a report that covers this country.
  const pooled = e.findings.filter(
    (f) =>
      f.country === 'multi' &&
      sourceIds.has(f.source.id) &&
      scopeOfFinding(f, sourceById(e.sources, f.source.id)).countries.includes(id),
  );
  const charts = e.charts.filter((c) => c.countries.includes(id));
  return {
    sources,
    samples: own.filter((f) => f.sample),
    ownFindings: own.filter((f) => !f.sample),
    pooledFindings: pooled.filter((f) => !f.sample),
    quotes: e.quotes.filter((q) => q.country === id),
    ownCharts: charts.filter((c) => isOwnCountry(scopeOfChart(c), id)),
    comparedCharts: charts.filter((c) => scopeOfChart(c).kind === 'by-country'),
    pooledCharts: charts.filter((c) => scopeOfChart(c).kind === 'pooled'),
    recommendations: e.recommendations.filter((r) => r.countries.includes(id)),
  };
}
export type CountryEvidence = ReturnType<typeof countryEvidence>;

/** The themes a country's findings pages exist for: first themes of its own findings and of the pooled ones. */
export const findingThemes = (ce: CountryEvidence, themes: Theme[]) =>
  themes.filter((t) => [...ce.ownFindings, ...ce.samples, ...ce.pooledFindings].some((f) => f.themes[0] === t.id));
/** The themes a country's quotes pages exist for. */
export const quoteThemes = (ce: CountryEvidence, themes: Theme[]) =>
  themes.filter((t) => ce.quotes.some((q) => q.themes[0] === t.id));

/**
 * Up to `max` charts for the hub: the country's own charts first, then charts comparing it with other countries,
 * then pooled ones; within each, charts sharing a theme with the key findings lead. Sample descriptions
 * (who took part) are left to the samples list.
 */
export function hubCharts(ce: CountryEvidence, keyFindings: Finding[], max: number): Chart[] {
  const keyThemes = new Set(keyFindings.flatMap((f) => f.themes));
  const rank = (cs: Chart[]) =>
    [...cs]
      .filter((c) => !/sample|participants|per-country|per_country/.test(c.id))
      .sort((a, b) => Number(keyThemes.has(b.themes[0]!)) - Number(keyThemes.has(a.themes[0]!)));
  return [...rank(ce.ownCharts), ...rank(ce.comparedCharts), ...rank(ce.pooledCharts)].slice(0, max);
}

/** Themes whose quotes tend to describe the abuse itself; the hub's sample of voices leaves them out. */
const DESCRIBES_ABUSE = new Set(['forms-of-abuse', 'perpetrators', 'mental-health-impact']);

/**
 * A few quotes for the hub that show the range of themes: one per theme (first themes in the order the country's
 * quotes cover most), survivors before workers, the shortest first, never a quote flagged explicit nor one whose
 * themes include those that describe the abuse itself.
 */
export function hubQuotes(ce: CountryEvidence, max: number): Quote[] {
  const fit = ce.quotes.filter(
    (q) => !isExplicit(q) && !q.themes.some((t) => DESCRIBES_ABUSE.has(t)) && q.text.length <= 320,
  );
  const counts = new Map<string, number>();
  for (const q of fit) counts.set(q.themes[0]!, (counts.get(q.themes[0]!) ?? 0) + 1);
  const themes = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b));
  const order = (q: Quote) => (q.speaker.type === 'survivor' ? 0 : 1) * 1000 + q.text.length;
  return themes.slice(0, max).map((t) => fit.filter((q) => q.themes[0] === t).sort((a, b) => order(a) - order(b))[0]!);
}

/**
 * The samples a hub lists under "Who took part": who took part in each strand of research, without the breakdowns
 * of a group already counted ("Nine of the ten survivors …") or the bases of single analyses ("… based on 1,869
 * households"). Those stay on the findings pages.
 */
export const headlineSamples = (samples: Finding[]) =>
  samples.filter((f) => !/^\S+ of the\b|\bbased on\b/i.test(f.statement));

/** Recommendations grouped by area, in the vocabulary's order. */
export const recommendationsByArea = (recs: Recommendation[]) =>
  recommendationAreas
    .map((area) => ({ area, recs: recs.filter((r) => r.area === area) }))
    .filter((g) => g.recs.length > 0);

/** Countries with a legal framework page (src/pages/countries/[slug]/legal.astro, when it exists). */
export const legalFrameworkCountries: readonly CountryId[] = ['mexico'];

/** getStaticPaths for a country's pages: one path per country narrative (content/country-pages/<id>.mdx). */
export async function countryPaths() {
  const pages = await getCollection('countryPages');
  for (const id of countryIds)
    if (!pages.some((p) => p.data.country === id))
      throw new Error(`content/country-pages/${id}.mdx: missing (every country needs a page)`);
  return pages.map((page) => ({ params: { slug: page.data.country }, props: { page } }));
}

/** Everything a country's pages need, fetched once per page. */
export async function countryContext(page: CollectionEntry<'countryPages'>) {
  const id = page.data.country as CountryId;
  const { countries, sources, findings, quotes, charts, recommendations, themes } = await getEvidence();
  const country = countries.find((c) => c.id === id);
  if (!country) throw new Error(`content/countries/${id}.json: missing (content/country-pages/${id}.mdx needs it)`);
  const keyFindings = page.data.keyFindings.map((fid) => {
    const f = findings.find((x) => x.id === fid);
    if (!f) throw new Error(`content/country-pages/${id}.mdx: keyFindings: no finding has id "${fid}"`);
    return f;
  });
  const ce = countryEvidence(id, { sources, findings, quotes, charts, recommendations, themes });
  return { id, country, page, keyFindings, ce, sources, themes, allFindings: findings, allQuotes: quotes };
}

/** getStaticPaths for a country's per-theme findings or quotes pages: one path per country and theme it has. */
export async function countryThemePaths(kind: 'findings' | 'quotes') {
  const out = [];
  for (const { params, props } of await countryPaths()) {
    const { ce, themes } = await countryContext(props.page);
    for (const theme of kind === 'findings' ? findingThemes(ce, themes) : quoteThemes(ce, themes))
      out.push({ params: { slug: params.slug, theme: theme.id }, props: { page: props.page, theme } });
  }
  return out;
}
