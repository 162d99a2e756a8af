#!/usr/bin/env node
// @ts-check
// Link check over dist/: every internal link and anchor on every page, and every `url` in the /data/ files,
// must resolve to a built file (and, with a #fragment, to an element with that id). Exit 1 on any broken one.
//   node scripts/check/links.mjs [dist]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileOf, htmlFiles, urlOf } from '../lib/dist.mjs';

const dist = process.argv[2] ?? 'dist';
/** @type {Map<string, Set<string>>} */
const ids = new Map();
/** @param {string} file */
const idsOf = (file) => {
  let found = ids.get(file);
  if (!found)
    ids.set(
      file,
      (found = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].flatMap((m) => m[1] ?? []))),
    );
  return found;
};
/** @type {string[]} */
const broken = [];
let checked = 0;
/** @param {string} from @param {string} href */
function check(from, href) {
  if (/^(https?:|mailto:|data:|javascript:|#$)/.test(href) || href.startsWith('//')) return;
  checked++;
  const url = new URL(href.replace(/&amp;/g, '&'), `http://site${from}`);
  const file = fileOf(dist, url.pathname);
  if (!file) {
    broken.push(`${from}: link to ${href}: no such page or file`);
    return;
  }
  const hash = decodeURIComponent(url.hash.slice(1));
  if (hash && file.endsWith('.html') && !idsOf(file).has(hash))
    broken.push(`${from}: link to ${href}: no element with id "${hash}"`);
}

const pages = htmlFiles(dist);
for (const file of pages) {
  const from = urlOf(dist, file);
  const html = readFileSync(file, 'utf8');
  for (const m of html.matchAll(/<(?:a|link)\s[^>]*?href="([^"]*)"/g)) check(from, m[1] ?? '');
}
for (const name of ['quotes.json', 'findings.json', 'recommendations.json', 'charts/index.json', 'help.json']) {
  /** @type {Record<string, string | undefined>[]} published records; only their URL fields are read */
  const records = JSON.parse(readFileSync(join(dist, 'data', name), 'utf8'));
  for (const record of records) {
    for (const key of ['url', 'embedUrl', 'json', 'csv'])
      if (record[key]) check(`/data/${name} (${record.id})`, record[key]);
  }
}
for (const b of broken) console.log(b);
console.log(`check-links: ${pages.length} pages, ${checked} internal links checked; ${broken.length} broken`);
process.exit(broken.length ? 1 : 0);
