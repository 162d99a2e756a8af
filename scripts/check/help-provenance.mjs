#!/usr/bin/env node
// @ts-check
// Checks the published help records (dist/data/help.json) against the report texts: every channel's name and
// number or address is written in its snippet, and every snippet in its report (scripts/lib/help-provenance.mjs).
// The shared checker (<shared>/tools/check-provenance.mjs) does not know help records, so this runs beside it in
// `npm run test:data`. Without the report texts it says so in a box and, when CI=true, fails, as
// scripts/check/provenance.mjs does (scripts/lib/reports.mjs finds the texts and explains why they are not here).
//   node scripts/check/help-provenance.mjs [DATA_DIR]      (default: dist/data)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkHelpRecords, seedReader } from '../lib/help-provenance.mjs';
import { findShared, reportsMissing } from '../lib/reports.mjs';

const dataDir = process.argv[2] ?? 'dist/data';
const shared = findShared();
if (!shared)
  process.exit(
    reportsMissing(
      'help-provenance',
      `The help records in ${dataDir}/help.json were NOT verified against the reports.`,
    ),
  );
const seeds = join(shared, 'seeds');
const file = join(dataDir, 'help.json');
if (!existsSync(file)) {
  console.log(`${file}: missing`);
  process.exit(1);
}
let records;
try {
  records = JSON.parse(readFileSync(file, 'utf8'));
} catch (e) {
  console.error(`${file}: not valid JSON (${e instanceof Error ? e.message : e})`);
  process.exit(2);
}
const problems = checkHelpRecords(records, seedReader(seeds), file);
if (Array.isArray(records) && records.length === 0) problems.push(`${file}: holds no help records`);
for (const p of problems) console.log(p);
console.log(
  `help-provenance: ${Array.isArray(records) ? records.length : 0} help records checked; ${problems.length} problems`,
);
process.exit(problems.length ? 1 : 0);
