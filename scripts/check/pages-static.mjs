#!/usr/bin/env node
// @ts-check
// Browserless check of EVERY built page (the rules are in scripts/lib/page-rules.mjs): one <h1> and no heading
// before it, no autofocus, no duplicate ids, landmarks, the safety shell and a link to /help/. Cheap enough to run
// on all pages, so the browser tests can run axe once per page kind. Exit 1 on any problem not listed as pending.
//   node scripts/check/pages-static.mjs [dist]
import { readFileSync } from 'node:fs';
import { htmlFiles, urlOf } from '../lib/dist.mjs';
import { checkPage } from '../lib/page-rules.mjs';

/**
 * Known failures whose fix belongs to another piece of work: reported, not failed. A ratchet: when a pending
 * rule passes on every page it covers, the check fails until the entry is removed, so the list cannot go stale.
 * None is pending now.
 * @type {{ rule: string, prefix: string, why: string }[]}
 */
const PENDING = [];

const dist = process.argv[2] ?? 'dist';
const pages = htmlFiles(dist);
if (pages.length === 0) {
  console.error(`pages-static: no HTML pages in ${dist}/; build the site first (npm run build)`);
  process.exit(1);
}
/** @type {Map<string, string[]>} */
const byRule = new Map();
const pendingHits = new Map(PENDING.map((p) => [p, 0]));
let failures = 0;
let reported = 0;
for (const file of pages) {
  const url = urlOf(dist, file);
  for (const p of checkPage(readFileSync(file, 'utf8'), url)) {
    const pending = PENDING.find((k) => k.rule === p.rule && url.startsWith(k.prefix));
    const key = pending ? `${p.rule} on ${pending.prefix}* — PENDING, not failed: ${pending.why}` : p.rule;
    if (!byRule.has(key)) byRule.set(key, []);
    byRule.get(key)?.push(`${url}: ${p.message}`);
    if (pending) {
      pendingHits.set(pending, (pendingHits.get(pending) ?? 0) + 1);
      reported++;
    } else failures++;
  }
}
// Grouped by rule, at most 5 pages each, so a template bug reads as one problem and not two hundred.
for (const [rule, lines] of byRule) {
  console.log(`\n${rule}: ${lines.length} page(s)`);
  for (const line of lines.slice(0, 5)) console.log(`  ${line}`);
  if (lines.length > 5) console.log(`  … and ${lines.length - 5} more`);
}
for (const [p, hits] of pendingHits) {
  if (hits > 0) continue;
  console.log(
    `\n${p.rule} on ${p.prefix}* now passes everywhere: remove it from PENDING in scripts/check/pages-static.mjs`,
  );
  failures++;
}
console.log(
  `pages-static: ${pages.length} pages checked; ${failures} problem(s)${reported ? `; ${reported} pending (listed above, not failed)` : ''}`,
);
process.exit(failures ? 1 : 0);
