#!/usr/bin/env node
// @ts-check
// Completes package-lock.json with the other platforms' optional binary packages (Astro's compiler, Pagefind,
// esbuild, …). The registry mirror this project is built on carries only some platforms' builds of the newest
// versions, so `npm install` here leaves them out of the lockfile, and `npm ci` then refuses a lockfile that is
// "not in sync". Each entry added is optional and limited to its os/cpu, so npm skips it on other machines, as it
// would with a lockfile written against the full registry. Run after `npm install` changes the lockfile:
//   node scripts/build/lock-platform-binaries.mjs
import { readFileSync, writeFileSync } from 'node:fs';

/** @type {Record<string, string | undefined>} npm's os names by the word a package name uses */
const OS = {
  darwin: 'darwin',
  linux: 'linux',
  win32: 'win32',
  windows: 'win32',
  freebsd: 'freebsd',
  android: 'android',
  openbsd: 'openbsd',
  netbsd: 'netbsd',
  sunos: 'sunos',
  aix: 'aix',
  openharmony: 'openharmony',
};
const CPU = ['x64', 'arm64', 'ia32', 'arm', 'ppc64', 's390x', 'riscv64', 'loong64', 'mips64el', 'wasm32'];

/** @param {string} name a package name, e.g. @esbuild/linux-x64 */
function platformOf(name) {
  const parts = (name.split('/').at(-1) ?? '').split('-');
  const os = parts.map((p) => OS[p]).find(Boolean);
  const cpu = parts.find((p) => CPU.includes(p));
  return { os, cpu };
}

/**
 * The fields of package-lock.json this reads and writes (the rest is carried over untouched).
 * @typedef {{ version?: string, dev?: boolean | undefined, optional?: boolean, os?: string[], cpu?: string[],
 *   optionalDependencies?: Record<string, string> }} LockEntry
 */
/** @type {{ packages: Record<string, LockEntry> }} */
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const packages = lock.packages;
let added = 0;
for (const [path, meta] of Object.entries(packages)) {
  for (const [name, spec] of Object.entries(meta.optionalDependencies ?? {})) {
    const nested = `${path ? `${path}/` : ''}node_modules/${name}`;
    if (packages[nested] || packages[`node_modules/${name}`]) continue;
    const version = String(spec).replace(/^[\^~=]/, '');
    const { os, cpu } = platformOf(name);
    if (!/^\d+\.\d+\.\d+/.test(version) || (!os && cpu !== 'wasm32')) {
      console.error(
        `lock-platform-binaries: leaving ${name}@${spec} (from ${path || 'the project'}) alone: not an exact platform binary`,
      );
      continue;
    }
    packages[`node_modules/${name}`] = {
      version,
      dev: meta.dev || undefined,
      optional: true,
      ...(os ? { os: [os] } : {}),
      ...(cpu ? { cpu: [cpu] } : {}),
    };
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lock-platform-binaries: ${added} optional platform packages recorded`);
