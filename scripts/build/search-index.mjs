#!/usr/bin/env node
// @ts-check
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

/** @typedef {import('../../src/evidence/schema.ts').Quote} Quote */
/** @typedef {import('../../src/evidence/schema.ts').Source} Source */
// The records as /data/*.json publishes them (src/pages/data/*.json.ts writes them with these functions, in this
// same build), so the JSON read back is typed by what wrote it.
/** @typedef {ReturnType<typeof import('../../src/evidence/exports.ts').publicQuote>} PublishedQuote */
/** @typedef {ReturnType<typeof import('../../src/evidence/exports.ts').publicFinding>} PublishedFinding */

const dist = process.argv[2] ?? 'dist';
/** @param {string} f @returns {unknown} */
const read = (f) => JSON.parse(readFileSync(join(dist, 'data', f), 'utf8'));
const quotes = /** @type {PublishedQuote[]} */ (read('quotes.json'));
const findings = /** @type {PublishedFinding[]} */ (read('findings.json'));
/** @type {Map<string, Source>} */
const sources = new Map(/** @type {Source[]} */ (read('sources.json')).map((s) => [s.id, s]));
/** @param {string} id @returns {Source} */
const source = (id) => sources.get(id) ?? fail(`no source "${id}" in ${join(dist, 'data', 'sources.json')}`);
/**
 * A published quote back in the shape of a content record (its sources in order), as quoteCardData takes it.
 * @param {PublishedQuote} q
 * @returns {Quote}
 */
const asRecord = (q) => ({
  ...q,
  speaker: { ...q.speaker, code: q.speaker.code ?? undefined },
  // Published quotes say explicit: false; content records leave it out.
  explicit: q.explicit || undefined,
  sources: [q.source, ...q.alsoIn],
});
/** Each quote's place in the default /quotes/ listing (src/evidence/quoteOrder.ts), as a sort key. */
const rank = new Map(leadOrder(quotes).map((q, i) => [q.id, String(i).padStart(4, '0')]));
/** @type {(msg: string) => never} */
const fail = (msg) => {
  console.error(`build-search-index: ${msg}`);
  process.exit(1);
};

const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
if (errors.length) fail(errors.join('\n'));
if (!index) fail('Pagefind created no index');

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
      source: card.sources[0]?.title ?? fail(`quote ${q.id} has no source`),
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
    sort: { lead: rank.get(q.id) ?? fail(`quote ${q.id} has no place in the lead order`) },
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
