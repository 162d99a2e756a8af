// @ts-check
// The provenance check for help records (reporting channels and support services), shared by the content check
// (scripts/content/check-provenance.mjs, over content/help/) and the built-site check
// (scripts/check/help-provenance.mjs, over dist/data/help.json). For every place a record names a channel:
// the report exists, the snippet is written in the report, the name is written in the snippet, and the
// record's number or address is written in its primary snippet. Text is compared through the site's one
// normaliser (src/evidence/numbers.ts), the same folding the shared provenance checker uses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeText } from '../../src/evidence/numbers.ts';

/**
 * A report text by source id, normalised; null for an unknown id. `known` lists the ids there are.
 * @typedef {((id: string) => string | null) & { known: string[] }} SeedReader
 */

/**
 * Reads and normalises a report text by source id (memoised); null for an unknown id.
 * @param {string} seedsDir
 * @returns {SeedReader}
 */
export function seedReader(seedsDir) {
  /** @type {Record<string, { file: string }>} */
  const index = JSON.parse(readFileSync(join(seedsDir, 'index.json'), 'utf8'));
  /** @type {Map<string, string | null>} */
  const cache = new Map();
  /** @param {string} id */
  const read = (id) => {
    if (!cache.has(id))
      cache.set(id, index[id] ? normalizeText(readFileSync(join(seedsDir, index[id].file), 'utf8')) : null);
    return cache.get(id) ?? null;
  };
  read.known = Object.keys(index);
  return read;
}

/**
 * @param {string} haystack
 * @param {unknown} part
 */
const writtenIn = (haystack, part) =>
  typeof part === 'string' && part.trim() !== '' && normalizeText(haystack).includes(normalizeText(part));

/**
 * Problems with help records (published or content shape: { id, name, contact?, source: {id, section, snippet},
 * alsoIn: [{id, section, name, snippet}] }), each a sentence naming the record and the field.
 * @param {unknown} records parsed JSON, checked here rather than trusted
 * @param {SeedReader} readSeed
 * @param {string} [where]
 * @returns {string[]}
 */
export function checkHelpRecords(records, readSeed, where = 'help') {
  /** @type {string[]} */
  const problems = [];
  if (!Array.isArray(records)) return [`${where}: must be an array of help records`];
  for (const [i, h] of records.entries()) {
    const label = `${where}: help ${h?.id ?? `#${i + 1}`}`;
    // `h` and its mentions are untyped JSON (any): every field is read with ?. and checked below.
    const mentions = [
      ['source', h?.source, h?.name],
      ...(h?.alsoIn ?? []).map((/** @type {any} */ m, /** @type {number} */ j) => [`alsoIn[${j}]`, m, m?.name]),
    ];
    for (const [field, m, name] of mentions) {
      const snippet = m?.snippet ?? '';
      const text = m?.id ? readSeed(m.id) : null;
      if (!text)
        problems.push(
          `${label}: ${field}.id: unknown report ${JSON.stringify(m?.id)} (known: ${readSeed.known.join(', ')})`,
        );
      else if (!snippet || !text.includes(normalizeText(snippet)))
        problems.push(`${label}: ${field}.snippet: not found in ${m.id}: "${snippet.slice(0, 80)}"`);
      if (!writtenIn(snippet, name))
        problems.push(
          `${label}: ${field === 'source' ? 'name' : `${field}.name`}: ${JSON.stringify(name)} is not written in ${field}.snippet`,
        );
    }
    if (h?.contact != null && !writtenIn(h?.source?.snippet ?? '', h.contact))
      problems.push(`${label}: contact: ${JSON.stringify(h.contact)} is not written in source.snippet`);
  }
  return problems;
}
