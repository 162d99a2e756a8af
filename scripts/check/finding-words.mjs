#!/usr/bin/env node
// @ts-check
// The shared provenance check (../shared/tools/check-provenance.mjs) checks a finding's `value` against its
// snippet. This adds what it does not check: each `quantity` (the report's words, "around half") and each end of
// a range (`value`, `valueHigh`) must be written in the finding's snippet. Uses the same matching as the build's
// schema (src/evidence/numbers.ts), so the published data and the content agree.
//
//   node scripts/check/finding-words.mjs [findings.json ...]   (default: dist/data/findings.json)
// Also run on content/findings/*.json by scripts/content/check-provenance.mjs. Needs Node ≥ 22.18 (type stripping),
// which `npm run` provides through the project's node devDependency.
import { readFileSync, existsSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** @type {typeof import('../../src/evidence/numbers.ts')} */
let numbers;
try {
  numbers = await import(pathToFileURL(resolve(root, 'src/evidence/numbers.ts')).href);
} catch (e) {
  console.error(
    `finding-words: cannot load src/evidence/numbers.ts on Node ${process.version} (run it through npm, which uses Node 22): ${e instanceof Error ? e.message : e}`,
  );
  process.exit(2);
}
const { isQuantityWrittenIn, isValueWrittenIn } = numbers;

/**
 * The fields this reads of a finding, as untrusted JSON (each is checked with typeof before use).
 * @typedef {{ id?: unknown, quantity?: unknown, value?: unknown, valueHigh?: unknown, source?: { snippet?: string } }}
 *   FindingWords
 */

/**
 * Problems with the quantities and ranges of a list of findings (plain records as in content/ or /data/).
 * @param {FindingWords[]} findings
 * @param {string} where
 * @returns {string[]}
 */
export function findingWordProblems(findings, where) {
  /** @type {string[]} */
  const problems = [];
  for (const f of findings) {
    const snippet = f.source?.snippet ?? '';
    const at = `${where}: finding ${f.id}`;
    if (typeof f.quantity === 'string' && !isQuantityWrittenIn(snippet, f.quantity))
      problems.push(`${at}: quantity "${f.quantity}" is not written in its snippet`);
    if (typeof f.valueHigh === 'number') {
      if (typeof f.value !== 'number') problems.push(`${at}: range has valueHigh ${f.valueHigh} but no value`);
      else {
        if (f.valueHigh < f.value) problems.push(`${at}: range runs backwards (${f.value} to ${f.valueHigh})`);
        if (!isValueWrittenIn(snippet, f.value))
          problems.push(`${at}: low end ${f.value} is not written in its snippet`);
      }
      if (!isValueWrittenIn(snippet, f.valueHigh))
        problems.push(`${at}: high end ${f.valueHigh} is not written in its snippet`);
    }
  }
  return problems;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const files = process.argv.slice(2).length ? process.argv.slice(2) : ['dist/data/findings.json'];
  /** @type {string[]} */
  let problems = [];
  let count = 0;
  for (const file of files) {
    if (!existsSync(file)) {
      console.error(`finding-words: ${file} not found (build first)`);
      process.exit(2);
    }
    /** @type {FindingWords[]} */
    const findings = JSON.parse(readFileSync(file, 'utf8'));
    count += findings.filter((f) => typeof f.quantity === 'string' || typeof f.valueHigh === 'number').length;
    problems = problems.concat(findingWordProblems(findings, file));
  }
  for (const p of problems) console.log(p);
  console.log(`finding-words: ${count} quantities in words and ranges checked; ${problems.length} problems`);
  process.exit(problems.length ? 1 : 0);
}
