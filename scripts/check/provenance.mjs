#!/usr/bin/env node
// Runs the shared provenance check (../shared/tools/check-provenance.mjs) over dist/data when ../shared is
// beside the repo, as in CI and on the team's machines. Without it, says so and succeeds: the check needs the
// report texts, which are not part of this repo.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

const tool = resolve('..', 'shared', 'tools', 'check-provenance.mjs');
if (!existsSync(tool)) {
  console.log('check-provenance: ../shared/tools/check-provenance.mjs not found; skipped (the report texts are needed)');
  process.exit(0);
}
const run = spawnSync(process.execPath, [tool, 'dist/data'], { stdio: 'inherit' });
process.exit(run.status ?? 1);
