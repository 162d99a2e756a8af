#!/usr/bin/env node
// @ts-check
// Measures the wall time of `npm test` as issue #15's budget states it: from a clean clone, after `npm ci`, at most
// 4 minutes on a 2-core machine. It clones the committed HEAD into a temporary folder, gives it this checkout's
// installed node_modules (hard links, without the build caches tools keep there, so nothing is warm that `npm ci`
// would not leave), and runs `npm test` there N times in a row (default 3). Before each run everything git does not
// track is removed except node_modules, so no run reuses a build, a type-check cache or test output of the last.
// It prints each duration and the median, and exits 1 if any run failed: a failing suite's time is not a measurement
// of the suite. Uncommitted changes are not measured; it says so when there are any.
//   node scripts/bench/test-time.mjs [N]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findShared } from '../lib/reports.mjs';

const n = Number(process.argv[2] ?? 3);
if (!Number.isInteger(n) || n < 1) {
  console.error('test-time: N must be a positive whole number, e.g. `node scripts/bench/test-time.mjs 3`');
  process.exit(1);
}

/**
 * Runs a command and throws, saying which, if it fails (a throw, not an exit, so the clone is still removed).
 * @param {string} cmd @param {string[]} args
 */
function must(cmd, args, cwd = process.cwd()) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
  if (r.status !== 0)
    throw new Error(`test-time: \`${cmd} ${args.join(' ')}\` failed (exit ${r.status ?? r.signal}): ${r.stderr}`);
  return r.stdout;
}

const repo = must('git', ['rev-parse', '--show-toplevel']).trim();
if (must('git', ['status', '--porcelain'], repo).trim())
  console.log('test-time: uncommitted changes are not measured (the clone is of HEAD)');
const clone = mkdtempSync(join(tmpdir(), 'test-time-'));
// The report texts are found beside the repository (scripts/lib/reports.mjs); the clone is elsewhere, so point to them.
const shared = findShared();
const env = { ...process.env, ...(shared ? { SHARED_DIR: shared } : {}) };
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
/** @type {number[]} */
const seconds = [];
let failed = 0;
try {
  must('git', ['clone', '--quiet', '--no-local', repo, clone]);
  must('cp', ['-al', join(repo, 'node_modules'), join(clone, 'node_modules')]);
  // Caches that tools write into node_modules: a fresh `npm ci` has none. (Removing the links leaves the originals.)
  for (const cache of ['.vite', '.astro', '.cache', '.vitest'])
    rmSync(join(clone, 'node_modules', cache), { recursive: true, force: true });
  console.log(`test-time: ${n} run(s) of npm test in a clean clone of HEAD (${clone})`);
  for (let i = 1; i <= n; i++) {
    must('git', ['clean', '-xdfq', '--exclude=node_modules'], clone);
    const start = process.hrtime.bigint();
    // stdout is kept (not shown) so that a failed run can say why: its last lines are printed.
    const run = spawnSync(npm, ['test'], {
      cwd: clone,
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 256 * 1024 * 1024,
    });
    const s = Number(process.hrtime.bigint() - start) / 1e9;
    seconds.push(s);
    const lines = String(run.stdout ?? '').split('\n');
    if (run.status !== 0) {
      failed++;
      console.log(lines.slice(-60).join('\n'));
    } else console.log(lines.filter((l) => /^ {2}\S+ +(\d|waiting)|^test: /.test(l)).join('\n'));
    console.log(
      `test-time: run ${i}/${n}: ${s.toFixed(1)} s${run.status === 0 ? '' : ` (FAILED, exit ${run.status ?? run.signal})`}`,
    );
  }
} finally {
  rmSync(clone, { recursive: true, force: true });
}
const sorted = [...seconds].sort((a, b) => a - b);
const mid = Math.floor(sorted.length / 2);
const at = (/** @type {number} */ i) => sorted[i] ?? 0;
const median = sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
console.log(
  `test-time: median of ${n}: ${median.toFixed(1)} s (${(median / 60).toFixed(2)} min)${failed ? `; ${failed} run(s) failed` : ''}`,
);
process.exit(failed ? 1 : 0);
