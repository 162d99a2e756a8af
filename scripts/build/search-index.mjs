#!/usr/bin/env node
// Builds the Pagefind index into dist/pagefind/ after `astro build`.
// Pages are indexed from their HTML (only <main data-pagefind-body>, minus data-pagefind-ignore parts);
// every quote and finding is added as its own custom record, with its own URL (an anchor on its page) and the
// filters theme, country, speaker, source and kind: Pagefind's filters belong to records, not to page sections,
// so records are the way to make each quote a faceted result. Records come from dist/data/, which the build
// produced from content/, so the index can never disagree with the published data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { placeName, shortTitle } from '../../src/evidence/cite.ts';
import { quoteCardData } from '../../src/evidence/quoteCard.ts';
import { leadOrder } from '../../src/evidence/quoteOrder.ts';

const dist = process.argv[2] ?? 'dist';
const read = (f) => JSON.parse(readFileSync(join(dist, 'data', f), 'utf8'));
const quotes = read('quotes.json');
const findings = read('findings.json');
const sources = new Map(read('sources.json').map((s) => [s.id, s]));
const source = (id) => sources.get(id) ?? fail(`no source "${id}" in ${join(dist, 'data', 'sources.json')}`);
/** A published quote back in the shape of a content record (its sources in order), as quoteCardData takes it. */
const asRecord = (q) => ({
  ...q,
  speaker: { ...q.speaker, code: q.speaker.code ?? undefined },
  sources: [q.source, ...q.alsoIn],
});
/** Each quote's place in the default /quotes/ listing (src/evidence/quoteOrder.ts), as a sort key. */
const rank = new Map(leadOrder(quotes).map((q, i) => [q.id, String(i).padStart(4, '0')]));
const fail = (msg) => {
  console.error(`build-search-index: ${msg}`);
  process.exit(1);
};

const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
if (errors.length) fail(errors.join('\n'));

const page = await index.addDirectory({ path: dist });
if (page.errors.length) fail(page.errors.join('\n'));

for (const q of quotes) {
  const card = quoteCardData(asRecord(q), source);
  const r = await index.addCustomRecord({
    url: q.url,
    content: q.text,
    language: 'en',
    // `card` is everything a result shows, as QuoteCard shows it; `explicit` lets /search/ hide the excerpt too.
    meta: {
      title: `${card.speaker} · ${card.country}`,
      kind: 'quote',
      source: card.sources[0].title,
      card: JSON.stringify(card),
      ...(q.explicit ? { explicit: 'true' } : {}),
    },
    filters: {
      kind: ['quote'],
      theme: q.themes,
      country: [q.country],
      // Once per report, even when a report prints the words twice (Pagefind counts a repeated value twice).
      speaker: [q.speaker.type],
      source: [...new Set([q.source.id, ...q.alsoIn.map((a) => a.id)])],
    },
    sort: { lead: rank.get(q.id) },
  });
  if (r.errors.length) fail(`quote ${q.id}: ${r.errors.join('; ')}`);
}
for (const f of findings) {
  const r = await index.addCustomRecord({
    url: f.url,
    content: `${f.statement} ${f.source.snippet}`,
    language: 'en',
    meta: {
      title: f.statement,
      kind: 'finding',
      country: placeName(f.country),
      source: shortTitle(source(f.source.id)),
      section: f.source.section,
    },
    filters: { kind: ['finding'], theme: f.themes, country: [f.country], source: [f.source.id] },
  });
  if (r.errors.length) fail(`finding ${f.id}: ${r.errors.join('; ')}`);
}
const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
if (written.errors.length) fail(written.errors.join('\n'));
console.log(
  `build-search-index: ${page.page_count} pages, ${quotes.length} quotes, ${findings.length} findings indexed into ${join(dist, 'pagefind')}`,
);
await pagefind.close();
