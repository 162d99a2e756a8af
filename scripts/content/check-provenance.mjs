#!/usr/bin/env node
// @ts-check
// Checks content/ against the source reports before a build: every quote, finding snippet and chart
// value is run through <shared>/tools/check-provenance.mjs (found by scripts/lib/reports.mjs) (the same check the built
// /data/ gets),
// every quantity in words and both ends of every range through scripts/check/finding-words.mjs,
// and every help record (content/help/) through scripts/lib/help-provenance.mjs (as scripts/check/help-provenance.mjs
// does).
// Used while extracting evidence, so mistakes show up per file, not after a full build.
//
//   node scripts/content/check-provenance.mjs [content-file ...]   (default: all of content/)
import { readFileSync, readdirSync, mkdtempSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { basename, join, resolve, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { boxedWarning, findShared } from '../lib/reports.mjs';
import { checkHelpRecords, seedReader } from '../lib/help-provenance.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = findShared();
if (!shared) {
  // This tool exists only to run the check, so without the reports it always fails (scripts/lib/reports.mjs
  // explains why the texts are not in the repository).
  boxedWarning('content:check: the report texts were not found, so nothing was checked', [
    'Set SHARED_DIR to the folder holding seeds/ and tools/check-provenance.mjs (or put it at ../shared).',
  ]);
  process.exit(2);
}
const checker = join(shared, 'tools', 'check-provenance.mjs');
/** @param {string} dir @returns {string[]} */
const list = (dir) =>
  existsSync(join(root, 'content', dir))
    ? readdirSync(join(root, 'content', dir))
        .filter((f) => f.endsWith('.json'))
        .map((f) => join(root, 'content', dir, f))
    : [];
const args = process.argv.slice(2).map((p) => resolve(p));
/** @param {string[]} files */
const pick = (files) => (args.length ? files.filter((f) => args.includes(f)) : files);
/** @param {string} f @returns {unknown} content JSON, not yet validated (the build's schemas do that) */
const read = (f) => JSON.parse(readFileSync(f, 'utf8'));
/** @typedef {{ id: string, sources: { id: string }[] }} QuoteFile the fields of a content quote read here */
/** @typedef {import('../check/finding-words.mjs').FindingWords} FindingWords */

const quotes = pick(list('quotes')).flatMap((f) =>
  /** @type {QuoteFile[]} */ (read(f)).flatMap((q) =>
    q.sources.map((s) => ({ ...q, id: `${q.id} (${s.id})`, source: s })),
  ),
);
const findings = pick(list('findings')).flatMap((f) => /** @type {FindingWords[]} */ (read(f)));
const out = mkdtempSync(join(tmpdir(), 'provenance-'));
mkdirSync(join(out, 'charts'));
writeFileSync(join(out, 'quotes.json'), JSON.stringify(quotes));
writeFileSync(join(out, 'findings.json'), JSON.stringify(findings));
for (const f of pick(list('charts'))) writeFileSync(join(out, 'charts', basename(f)), readFileSync(f));
const run = spawnSync(process.execPath, [checker, out], { encoding: 'utf8' });
// With no chart files picked, the checker's "no chart datasets" line is not a problem of this content.
const lines = run.stdout.split('\n').filter((l) => l && !l.endsWith(': no chart datasets'));
const { findingWordProblems } = await import('../check/finding-words.mjs');
const problems = [
  ...lines.filter((l) => !l.startsWith('provenance:')),
  ...pick(list('findings')).flatMap((f) => findingWordProblems(/** @type {FindingWords[]} */ (read(f)), f)),
];
const readSeed = seedReader(join(shared, 'seeds'));
const helpFiles = pick(list('help'));
for (const f of helpFiles) problems.push(...checkHelpRecords(read(f), readSeed, f.slice(root.length + 1)));
const helpCount = helpFiles.reduce((n, f) => {
  const records = read(f);
  return n + (Array.isArray(records) ? records.length : 0);
}, 0);
for (const l of problems) console.log(l);
console.log(
  `content provenance: ${quotes.length} quote placements, ${findings.length} findings, ${helpCount} help records checked; ${problems.length} problems`,
);
process.stderr.write(run.stderr);
process.exit(problems.length ? 1 : 0);
