#!/usr/bin/env node
// @ts-check
// Page budgets over dist/: every built HTML page must stay within budgets.json's "html" limits — gzip bytes of the
// HTML itself and the number of elements the browser will build from it. Elements are counted with a small
// tokenizer (start tags outside comments, scripts and styles), so no browser is needed; the screen-height budget
// of country hubs needs layout and lives in tests/e2e/countries.spec.ts. Exit 1 when any page is over.
//   node scripts/check/pages.mjs [dist] [--verbose]
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { htmlFiles, urlOf } from '../lib/dist.mjs';
import { countElements } from '../lib/html.mjs';

const dist = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'dist';
const { html: budget } = JSON.parse(readFileSync('budgets.json', 'utf8'));
if (!budget?.gzip || !budget?.elements)
  throw new Error('budgets.json: "html" needs "gzip" (bytes) and "elements" (count)');

const rows = htmlFiles(dist).map((file) => {
  const html = readFileSync(file, 'utf8');
  return { url: urlOf(dist, file), gzip: gzipSync(html, { level: 9 }).length, elements: countElements(html) };
});
const over = rows.flatMap((r) => [
  ...(r.gzip > budget.gzip
    ? [`${r.url}: ${(r.gzip / 1024).toFixed(1)} kB gzip HTML > ${(budget.gzip / 1024).toFixed(0)} kB`]
    : []),
  ...(r.elements > budget.elements ? [`${r.url}: ${r.elements} elements > ${budget.elements}`] : []),
]);
const top = (/** @type {'gzip' | 'elements'} */ key) => [...rows].sort((a, b) => b[key] - a[key]).slice(0, 5);
console.log(
  `largest gzip HTML: ${top('gzip')
    .map((r) => `${r.url} ${(r.gzip / 1024).toFixed(1)} kB`)
    .join('; ')}`,
);
console.log(
  `most elements: ${top('elements')
    .map((r) => `${r.url} ${r.elements}`)
    .join('; ')}`,
);
if (process.argv.includes('--verbose'))
  for (const r of rows) console.log(`${r.url}\t${(r.gzip / 1024).toFixed(1)} kB\t${r.elements}`);
for (const o of over) console.log(`OVER BUDGET ${o}`);
console.log(
  `pages: ${rows.length} pages checked against ${(budget.gzip / 1024).toFixed(0)} kB gzip and ${budget.elements} elements; ${over.length} over budget`,
);
process.exit(over.length ? 1 : 0);
