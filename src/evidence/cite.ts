/**
 * Citations and display text: the one home for how an item is cited, on the server (CiteShare, source pages,
 * exports) and in the browser (search results get the same strings through the index).
 *
 * One style for the whole site (documented for readers on /about/#citing):
 *   report:  Authors (year). Title. Publisher.
 *   item:    What is cited. In Authors (year), Title, section. Publisher. Survivors’ Voices Evidence Hub,
 *            https://…/item-url, accessed 29 November 2026.
 * A report's own "Suggested citation" is shown verbatim on its source page, but never composed into ours: the
 * reports print theirs in different shapes (one dates itself "06/09/26"), and one style is what makes a
 * citation copied from any page read the same.
 *
 * The date of access cannot be known when the site is built. The text carries ACCESS_PLACEHOLDER; CiteShare's
 * island (src/client/cite-share.ts) writes the reader's date in, in words, before it is shown or copied.
 */
import type { Chart, Finding, Quote, Source } from './schema.ts';
import { chartUrl, findingUrl, helpChannelUrl, quoteUrl, recommendationUrl } from './urls.ts';
import { site } from '../site.ts';
import { countryNames, speakerTypeNames } from './vocabulary.ts';

export { ACCESS_PLACEHOLDER, formatDate } from './dates.ts';
import { ACCESS_PLACEHOLDER, formatDate } from './dates.ts';

/**
 * Ends a sentence once (also for display, e.g. a section name before "The report’s words"): adds a full stop unless the
 * text already ends in one (or ?, !, …, or a closing quote after one).
 */
const ENDS_SENTENCE = /[.?!\u2026][\u0022\u0027\u201d\u2019)]?$/;
export const sentence = (s: string) => (ENDS_SENTENCE.test(s.trim()) ? s.trim() : `${s.trim()}.`);

/**
 * Display form of verbatim text: the report texts escape "$" as "\$" (a conversion artefact, not the authors' words).
 */
export const displayText = (s: string) => s.replace(/\\\$/g, '$');

/** A report, in the site's style: "Authors (year). Title. Publisher." */
export const citationOf = (s: Pick<Source, 'authors' | 'year' | 'title' | 'publisher'>) =>
  `${s.authors} (${s.year}). ${sentence(s.title)} ${sentence(s.publisher)}`;

/**
 * What kind of report a source is, as a sentence starts ("National report"); the data keep it lower-case for use mid-
 * sentence.
 */
export const kindOf = (s: Pick<Source, 'kind'>) => s.kind.charAt(0).toUpperCase() + s.kind.slice(1);

/** Who is speaking, as the report prints it: the speaker code where it prints one, otherwise the speaker type. */
export const speakerLabel = (q: Pick<Quote, 'speaker'>) => q.speaker.code ?? speakerTypeNames[q.speaker.type];

/**
 * A report's title without the series title the Voices of Survivors reports share, plus its year: "Survivors'
 * Perspectives in Peru (2021)".
 */
export const shortTitle = (s: Pick<Source, 'title' | 'year'>) =>
  `${s.title.replace(/^Child Sexual Exploitation and Abuse Online: /, '')} (${s.year})`;

/**
 * A report's title short enough for a table column on a phone: the series and the place, plus its year ("Voices of
 * Survivors: Peru (2021)", "Disrupting Harm in Mexico (2026)"). Only where space is that tight (the /recommendations/
 * table); everywhere else, shortTitle.
 */
export const compactTitle = (s: Pick<Source, 'title' | 'year' | 'countries'>) => {
  const [only] = s.countries.length === 1 ? s.countries : [];
  const name = s.title.startsWith('Disrupting Harm')
    ? s.title.replace(/:[\s\S]*$/, '')
    : `Voices of Survivors: ${only ? countryNames[only] : 'six countries'}${/briefing/i.test(s.title) ? ', briefing paper' : ''}`;
  return `${name} (${s.year})`;
};

/** A record's place: its country's name, or "Several countries" for a record that covers several ("multi"). */
export const placeName = (c: keyof typeof countryNames | 'multi') =>
  c === 'multi' ? 'Several countries' : countryNames[c];

/**
 * Speaker and country, without saying the country twice when the code names it ("Conversations' Participant 9, Peru").
 */
export const speakerWithCountry = (q: Pick<Quote, 'speaker' | 'country'>) => {
  const label = speakerLabel(q);
  const country = countryNames[q.country];
  return label.includes(country) ? label : `${label}, ${country}`;
};

export interface CiteOptions {
  /** The site's public address, prefixed to item paths. Defaults to the build's `site` (SITE_URL); '' keeps paths. */
  base?: string;
  /** The date of access; without it the citation carries ACCESS_PLACEHOLDER for the browser to fill in. */
  accessed?: Date;
}

const defaultBase = (): string => {
  const env = (import.meta as { env?: { SITE?: string } }).env;
  return (env?.SITE ?? '').replace(/\/$/, '');
};

/** The part every item citation ends with: where in which report, then where on this site and when. */
function itemTail(source: Source, section: string, path: string, opts: CiteOptions): string {
  const base = (opts.base ?? defaultBase()).replace(/\/$/, '');
  const accessed = opts.accessed ? formatDate(opts.accessed) : ACCESS_PLACEHOLDER;
  return `In ${source.authors} (${source.year}), ${source.title}, ${sentence(section)} ${sentence(source.publisher)} ${site.name}, ${base}${path}, accessed ${accessed}.`;
}

/** Cites a quote: the words, who said them, then the first report that prints them and its section. */
export const citeQuote = (q: Quote, primary: Source, opts: CiteOptions = {}) =>
  `“${displayText(q.text)}” (${speakerWithCountry(q)}). ${itemTail(primary, q.sources[0]!.section, quoteUrl(q), opts)}`;

/** Cites a finding: our statement, then the report and section it comes from. */
export const citeFinding = (f: Finding, source: Source, opts: CiteOptions = {}) =>
  `${sentence(f.statement)} ${itemTail(source, f.source.section, findingUrl(f), opts)}`;

/** Cites a chart: its title, then the report and section its values come from. */
export const citeChart = (c: Chart, source: Source, opts: CiteOptions = {}) =>
  `${sentence(c.title)} ${itemTail(source, c.source.section, chartUrl(c), opts)}`;

/** Cites a recommendation: its number and title as printed, then the report and section. */
export const citeRecommendation = (
  r: { id: string; number: string | null; title: string; source: { section: string } },
  source: Source,
  opts: CiteOptions = {},
) =>
  `${r.number ? `Recommendation ${r.number.replace(/\.$/, '')}: ` : ''}${sentence(r.title)} ${itemTail(source, r.source.section, recommendationUrl(r), opts)}`;

/** Cites a help channel: its name and number or address as printed, then the report and section that name it. */
export const citeHelpChannel = (
  h: { id: string; name: string; contact?: string | undefined; source: { section: string } },
  source: Source,
  opts: CiteOptions = {},
) =>
  `${h.name}${h.contact && h.contact !== h.name ? ` (${h.contact})` : ''}. ${itemTail(source, h.source.section, helpChannelUrl(h), opts)}`;
