#!/usr/bin/env node
// Checks the published help records (dist/data/help.json) against the report texts: every channel's name and
// number or address is written in its snippet, and every snippet in its report (scripts/lib/help-provenance.mjs).
// The shared checker (../shared/tools/check-provenance.mjs) does not know help records, so this runs beside it in
// `npm run test:data`. Without the report texts beside the repo, says so and succeeds, as that checker's wrapper does.
//   node scripts/check/help-provenance.mjs [DATA_DIR]      (default: dist/data)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkHelpRecords, findSeeds, seedReader } from '../lib/help-provenance.mjs';

const dataDir = process.argv[2] ?? 'dist/data';
const seeds = findSeeds();
if (!seeds) {
  console.log('help-provenance: the report texts (../shared/seeds) were not found; skipped');
  process.exit(0);
}
const file = join(dataDir, 'help.json');
if (!existsSync(file)) {
  console.log(`${file}: missing`);
  process.exit(1);
}
let records;
try {
  records = JSON.parse(readFileSync(file, 'utf8'));
} catch (e) {
  console.error(`${file}: not valid JSON (${e.message})`);
  process.exit(2);
}
const problems = checkHelpRecords(records, seedReader(seeds), file);
if (Array.isArray(records) && records.length === 0) problems.push(`${file}: holds no help records`);
for (const p of problems) console.log(p);
console.log(`help-provenance: ${Array.isArray(records) ? records.length : 0} help records checked; ${problems.length} problems`);
process.exit(problems.length ? 1 : 0);
