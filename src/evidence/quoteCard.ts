/**
 * What a quote card shows, as plain strings: the one description of a quote's card, used by QuoteCard.astro on
 * the server and, through the search index (scripts/build/search-index.mjs stores it as the record's `card`
 * meta), by the browser when it fills /quotes/ results from the card's <template>. So a result reads exactly
 * like the card on a country or theme page.
 */
import type { Quote, Source } from './schema.ts';
import { countryNames, speakerTypeNames } from './vocabulary.ts';
import { citeQuote, displayText, shortTitle, speakerLabel } from './cite.ts';
import { glossaryUrl } from './speakers.ts';
import { quoteUrl, sourceUrl } from './urls.ts';

export interface QuoteCardData {
  id: string;
  text: string;
  explicit: boolean;
  /** The code the report prints, or the speaker type where it prints none. */
  speaker: string;
  /** The /glossary/ entry that explains the speaker label. */
  speakerUrl: string;
  /** The speaker type, shown after a code ("YP · Survivor"); null when the label is the type already. */
  speakerType: string | null;
  detail: string | null;
  country: string;
  sources: { title: string; url: string; section: string; code: string | null }[];
  citation: string;
  /** The quote's home (its anchor on its country page). */
  url: string;
}

/**
 * `source` looks a report up by id (pages pass `(id) => sourceById(sources, id)`; the index builder, which runs
 * outside Astro and cannot import queries.ts, passes its own lookup over /data/sources.json).
 */
export function quoteCardData(q: Quote, source: (id: string) => Source): QuoteCardData {
  return {
    id: q.id,
    text: displayText(q.text),
    explicit: q.explicit ?? false,
    speaker: speakerLabel(q),
    speakerUrl: glossaryUrl(q),
    speakerType: q.speaker.code ? speakerTypeNames[q.speaker.type] : null,
    detail: q.speaker.detail ?? null,
    country: countryNames[q.country],
    sources: q.sources.map((s) => ({
      title: shortTitle(source(s.id)),
      url: sourceUrl(s.id),
      section: s.section,
      code: s.code ?? null,
    })),
    citation: citeQuote(q, source(q.sources[0]!.id)),
    url: quoteUrl(q),
  };
}
