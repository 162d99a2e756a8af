/**
 * Citations and display text: the one home for how an item is cited, on the server (CiteShare, exports) and in
 * the browser (search results get the same strings through the index). The report's own suggested citation is
 * used where it prints one, otherwise one is built from its fields.
 */
import type { Chart, Finding, Quote, Source } from './schema.ts';
import { countryNames, speakerTypeNames } from './vocabulary.ts';

export const citationOf = (s: Source) => s.citation ?? `${s.authors}. (${s.year}). ${s.title}. ${s.publisher}.`;

/** Display form of verbatim text: the report texts escape "$" as "\$" (a conversion artefact, not the authors' words). */
export const displayText = (s: string) => s.replace(/\\\$/g, '$');

/** Who is speaking, as the report prints it: the speaker code where it prints one, otherwise the speaker type. */
export const speakerLabel = (q: Pick<Quote, 'speaker'>) => q.speaker.code ?? speakerTypeNames[q.speaker.type];

/** Cites a quote: the words, who said them, then the first report that prints them and its section. */
export const citeQuote = (q: Quote, primary: Source) =>
  `“${displayText(q.text)}” (${speakerLabel(q)}, ${countryNames[q.country]}). ${citationOf(primary)}, ${q.sources[0]!.section}.`;

/** Cites a finding: our statement, then the report and section it comes from. */
export const citeFinding = (f: Finding, source: Source) => `${f.statement} ${citationOf(source)}, ${f.source.section}.`;

/** Cites a chart: its title, then the report and section its values come from. */
export const citeChart = (c: Chart, source: Source) => `${c.title}. ${citationOf(source)} ${c.source.section}.`;

/** Cites a help channel: its name and number or address as printed, then the report and section that name it. */
export const citeHelpChannel = (h: { name: string; contact?: string | undefined; source: { section: string } }, source: Source) =>
  `${h.name}${h.contact && h.contact !== h.name ? ` (${h.contact})` : ''}, as named in ${citationOf(source)}, ${h.source.section}.`;
