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
import { countryNames } from '../../src/evidence/vocabulary.ts';

const dist = process.argv[2] ?? 'dist';
const read = (f) => JSON.parse(readFileSync(join(dist, 'data', f), 'utf8'));
const quotes = read('quotes.json');
const findings = read('findings.json');
const sourceTitle = Object.fromEntries(read('sources.json').map((s) => [s.id, s.title]));
const countryName = { ...countryNames, multi: 'Several countries' };
const fail = (msg) => {
  console.error(`build-search-index: ${msg}`);
  process.exit(1);
};

const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
if (errors.length) fail(errors.join('\n'));

const page = await index.addDirectory({ path: dist });
if (page.errors.length) fail(page.errors.join('\n'));

for (const q of quotes) {
  const speaker = q.speaker.code ?? q.speaker.type.replace('-', ' ');
  const r = await index.addCustomRecord({
    url: q.url,
    content: q.text,
    language: 'en',
    meta: {
      title: `${speaker} · ${countryName[q.country]}`,
      kind: 'quote',
      speaker,
      speakerType: q.speaker.type,
      country: countryName[q.country],
      source: sourceTitle[q.source.id],
      sourceId: q.source.id,
      section: q.source.section,
    },
    filters: { kind: ['quote'], theme: q.themes, country: [q.country], speaker: [q.speaker.type], source: [q.source.id, ...q.alsoIn.map((a) => a.id)] },
  });
  if (r.errors.length) fail(`quote ${q.id}: ${r.errors.join('; ')}`);
}
for (const f of findings) {
  const r = await index.addCustomRecord({
    url: f.url,
    content: `${f.statement} ${f.source.snippet}`,
    language: 'en',
    meta: { title: f.statement, kind: 'finding', country: countryName[f.country], source: sourceTitle[f.source.id], sourceId: f.source.id, section: f.source.section },
    filters: { kind: ['finding'], theme: f.themes, country: [f.country], source: [f.source.id] },
  });
  if (r.errors.length) fail(`finding ${f.id}: ${r.errors.join('; ')}`);
}
const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
if (written.errors.length) fail(written.errors.join('\n'));
console.log(`build-search-index: ${page.page_count} pages, ${quotes.length} quotes, ${findings.length} findings indexed into ${join(dist, 'pagefind')}`);
await pagefind.close();
