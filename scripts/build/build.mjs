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
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
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
