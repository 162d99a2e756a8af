#!/usr/bin/env node
// @ts-check
// Measures the wall time of `npm test` (issue #15's budget: at most 4 minutes on a 2-core machine, after `npm ci`).
// Runs it N times in a row (default 3), prints each duration and the median, and exits 1 if any run failed:
// a failing suite's time is not a measurement of the suite.
//   node scripts/bench/test-time.mjs [N]
import { spawnSync } from 'node:child_process';

const n = Number(process.argv[2] ?? 3);
if (!Number.isInteger(n) || n < 1) {
  console.error('test-time: N must be a positive whole number, e.g. `node scripts/bench/test-time.mjs 3`');
  process.exit(1);
}
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
/** @type {number[]} */
const seconds = [];
let failed = 0;
for (let i = 1; i <= n; i++) {
  const start = process.hrtime.bigint();
  // stdout is kept (not shown) so that a failed run can say why: its last lines are printed.
  const run = spawnSync(npm, ['test'], { stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 256 * 1024 * 1024 });
  const s = Number(process.hrtime.bigint() - start) / 1e9;
  seconds.push(s);
  if (run.status !== 0) {
    failed++;
    console.log(
      String(run.stdout ?? '')
        .split('\n')
        .slice(-60)
        .join('\n'),
    );
  }
  console.log(
    `test-time: run ${i}/${n}: ${s.toFixed(1)} s${run.status === 0 ? '' : ` (FAILED, exit ${run.status ?? run.signal})`}`,
  );
}
const sorted = [...seconds].sort((a, b) => a - b);
const mid = Math.floor(sorted.length / 2);
const at = (/** @type {number} */ i) => sorted[i] ?? 0;
const median = sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
console.log(
  `test-time: median of ${n}: ${median.toFixed(1)} s (${(median / 60).toFixed(2)} min)${failed ? `; ${failed} run(s) failed` : ''}`,
);
process.exit(failed ? 1 : 0);
