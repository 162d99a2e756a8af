#!/usr/bin/env node
// @ts-check
// `npm run build`: builds the site into a fresh temporary directory, and replaces dist/ with it only when every
// step succeeded, so a failed build (bad content, a page that throws, Pagefind failing) leaves the previous
// dist/ exactly as it was, and a server reading dist/ never sees a half-written site.
//
//   node scripts/build/build.mjs "<step>" ["<step>" …]
// Each step is a command run in order; "{out}" in it is replaced by the temporary directory (also given to the
// steps as BUILD_OUT_DIR). package.json lists the steps (astro build --outDir {out}, then whatever indexes it),
// so this wrapper does not care which tool does what. After the steps it precompresses the output.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { precompress } from './precompress.mjs';

const steps = process.argv.slice(2);
if (!steps.length) {
  console.error('build: no steps given (see package.json "build")');
  process.exit(2);
}
const dist = resolve(process.env.BUILD_DIST ?? 'dist');
// Beside dist/, on the same file system, so the swap is two renames. Inside the project: Astro keeps its output
// within the project root.
const out = join(dirname(dist), `.${basename(dist)}-next-${process.pid}`);
const old = join(dirname(dist), `.${basename(dist)}-old-${process.pid}`);

/** Whether a process with this id is running (signal 0 asks without sending anything). @param {number} pid */
const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
  }
};
// A build stopped by a signal (Ctrl+C, or a test runner stopping it) cannot remove its own folders: this one removes
// any whose build is no longer running, so they never pile up beside dist/ or reach a later check.
for (const name of readdirSync(dirname(dist))) {
  const pid = [`.${basename(dist)}-next-`, `.${basename(dist)}-old-`]
    .filter((p) => name.startsWith(p))
    .map((p) => name.slice(p.length))
    .find((rest) => /^\d+$/.test(rest));
  if (pid && !alive(Number(pid))) {
    rmSync(join(dirname(dist), name), { recursive: true, force: true });
    console.log(`build: removed ${name}, left by a build that was stopped`);
  }
}

/** @param {string} message @returns {never} */
function fail(message) {
  rmSync(out, { recursive: true, force: true });
  console.error(`\nbuild: ${message}; ${existsSync(dist) ? `${dist} is unchanged` : 'nothing was written'}.`);
  process.exit(1);
}

mkdirSync(out, { recursive: true });
for (const step of steps) {
  const command = step.replaceAll('{out}', JSON.stringify(out));
  console.log(`build: ${command}`);
  const run = spawnSync(command, { shell: true, stdio: 'inherit', env: { ...process.env, BUILD_OUT_DIR: out } });
  if (run.status !== 0) fail(`"${step}" failed (exit ${run.status ?? run.signal})`);
}
if (!existsSync(join(out, 'index.html'))) fail(`the steps wrote no index.html into ${out}`);
try {
  const r = await precompress(out);
  console.log(`build: precompressed ${r.files} files (${r.written} .br/.gz variants)`);
} catch (error) {
  fail(`precompression failed: ${error instanceof Error ? error.message : error}`);
}
// Astro's intermediate server chunks are not part of the site.
rmSync(join(out, '.prerender'), { recursive: true, force: true });
if (existsSync(dist)) renameSync(dist, old);
renameSync(out, dist);
rmSync(old, { recursive: true, force: true });
console.log(`build: ${dist} replaced`);
