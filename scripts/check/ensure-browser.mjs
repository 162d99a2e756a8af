#!/usr/bin/env node
// @ts-check
// Finds the two Chromium builds the tests use and prints their paths: the full browser (the search benchmark
// measures the page as a reader's browser runs it) and Chromium's headless shell (the end-to-end tests; about half
// the CPU per page, scripts/lib/browser.mjs says how much). Playwright cannot download browsers here, so these are
// Debian's packages `chromium` and `chromium-headless-shell`. When one is missing and this runs as root, it installs
// it with apt-get, so `npm test` on a fresh machine sets up what it needs; it says so in capitals before it starts,
// and NO_APT_INSTALL=1 turns it off. It never changes system packages silently.
// Without the full browser it fails. Without the headless shell it warns loudly and the tests use the full browser:
// every test still runs, only slower.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { DEBIAN_HEADLESS_SHELL, findChromium, findHeadlessShell } from '../lib/browser.mjs';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const mayInstall = isRoot && process.env.NO_APT_INSTALL !== '1';

/** @param {string[]} packages */
function aptInstall(packages) {
  console.error(
    `ensure-browser: INSTALLING SYSTEM PACKAGES with apt-get (${packages.join(', ')}). Set NO_APT_INSTALL=1 to stop this.`,
  );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', ...packages]]) {
    const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (r.status !== 0) {
      console.error(`ensure-browser: apt-get ${args.join(' ')} failed (exit ${r.status})`);
      return; // what is still missing is reported below
    }
  }
}

const missing = [
  ...(findChromium() ? [] : ['chromium', 'fonts-dejavu-core']),
  ...(findHeadlessShell() ? [] : ['chromium-headless-shell']),
];
if (missing.length && mayInstall) aptInstall(missing);

const full = findChromium();
if (!full || !existsSync(full)) {
  console.error(
    'ensure-browser: no Chromium found. Install one: `sudo apt-get install -y chromium chromium-headless-shell` (Debian) or `npx playwright install chromium`.',
  );
  if (isRoot && !mayInstall)
    console.error('ensure-browser: (NO_APT_INSTALL=1 is set, so this script did not install it.)');
  process.exit(1);
}
const shell = findHeadlessShell();
if (!shell)
  console.error(
    `ensure-browser: WARNING: no Chromium headless shell (${DEBIAN_HEADLESS_SHELL}); the end-to-end tests will use the full browser and take about twice as long. Install it: \`sudo apt-get install -y chromium-headless-shell\`.`,
  );
console.log(`ensure-browser: benchmarks use ${full}; end-to-end tests use ${shell ?? full}`);
