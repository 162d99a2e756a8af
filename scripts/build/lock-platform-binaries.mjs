#!/usr/bin/env node
// Completes package-lock.json with the other platforms' optional binary packages (Astro's compiler, Pagefind,
// esbuild, …). The registry mirror this project is built on carries only some platforms' builds of the newest
// versions, so `npm install` here leaves them out of the lockfile, and `npm ci` then refuses a lockfile that is
// "not in sync". Each entry added is optional and limited to its os/cpu, so npm skips it on other machines, as it
// would with a lockfile written against the full registry. Run after `npm install` changes the lockfile:
//   node scripts/build/lock-platform-binaries.mjs
import { readFileSync, writeFileSync } from 'node:fs';

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

function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const os = parts.map((p) => OS[p]).find(Boolean);
  const cpu = parts.find((p) => CPU.includes(p));
  return { os, cpu };
}

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
