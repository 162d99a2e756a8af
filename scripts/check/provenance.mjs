#!/usr/bin/env node
// @ts-check
// Runs the team's shared provenance check (<shared>/tools/check-provenance.mjs) over dist/data: every quote,
// finding snippet and chart value the site publishes must occur in its source report. The report texts are not
// in this repository (scripts/lib/reports.mjs says why); without them the check cannot run, and it says so in a
// box, and fails when CI=true.
//
//   node scripts/check/provenance.mjs [dist/data]
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { findShared, reportsMissing } from '../lib/reports.mjs';

const data = process.argv[2] ?? 'dist/data';
const shared = findShared();
if (!shared)
  process.exit(
    reportsMissing(
      'check-provenance',
      `Quotes, snippets and chart values in ${data} were NOT verified against the reports.`,
    ),
  );
const run = spawnSync(process.execPath, [join(shared, 'tools', 'check-provenance.mjs'), data], { stdio: 'inherit' });
process.exit(run.status ?? 1);
