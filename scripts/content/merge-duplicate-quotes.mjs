#!/usr/bin/env node
// @ts-check
// Merges quotes that two reports print word for word into one record naming both sources, as the content
// model requires (the build fails on duplicates). The record in the file read first (sorted by name) is kept;
// the other's source entry is appended to it, with its speaker code when that report prints a different one,
// and references to the removed id in recommendations are rewritten. Run after adding a report's quotes:
//   node scripts/content/merge-duplicate-quotes.mjs
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeText } from '../../src/evidence/numbers.ts';

const dir = 'content/quotes';
// National reports first, so a quote's primary source is the report closest to the speaker.
const order = ['vos-mexico-2021.json', 'vos-peru-2021.json', 'dh-mexico.json', 'vos-six-countries-2022.json'];
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99));
/**
 * The fields of a content quote (content/quotes/*.json) this reads and merges; the rest is written back as read.
 * @typedef {{ id: string, text: string, speaker: { code?: string }, themes: string[], sources: object[] }} QuoteRecord
 */
/** @type {Record<string, QuoteRecord[]>} */
const data = Object.fromEntries(files.map((f) => [f, JSON.parse(readFileSync(join(dir, f), 'utf8'))]));
/** @type {Map<string, QuoteRecord>} */
const keep = new Map();
/** @type {Map<string, string>} removed id → the id it was merged into */
const renamed = new Map();
for (const f of files) {
  data[f] = (data[f] ?? []).filter((q) => {
    const key = normalizeText(q.text);
    const first = keep.get(key);
    if (!first) {
      keep.set(key, q);
      return true;
    }
    for (const s of q.sources) {
      const code = q.speaker.code && q.speaker.code !== first.speaker.code ? { code: q.speaker.code } : {};
      first.sources.push({ ...s, ...code });
    }
    first.themes = [...new Set([...first.themes, ...q.themes])].slice(0, 3);
    renamed.set(q.id, first.id);
    console.log(`merged ${q.id} (${f}) into ${first.id}`);
    return false;
  });
}
for (const f of files) writeFileSync(join(dir, f), `${JSON.stringify(data[f], null, 2)}\n`);
for (const f of readdirSync('content/recommendations').filter((n) => n.endsWith('.json'))) {
  const path = join('content/recommendations', f);
  /** @type {{ related?: { quotes?: string[] } }[]} the one field of a recommendation this rewrites */
  const recs = JSON.parse(readFileSync(path, 'utf8'));
  let changed = false;
  for (const r of recs)
    if (r.related?.quotes) {
      const next = [...new Set(r.related.quotes.map((id) => renamed.get(id) ?? id))];
      changed ||= next.join() !== r.related.quotes.join();
      r.related.quotes = next;
    }
  if (changed) writeFileSync(path, `${JSON.stringify(recs, null, 2)}\n`);
}
console.log(`${renamed.size} duplicate quotes merged`);
