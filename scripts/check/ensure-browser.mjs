#!/usr/bin/env node
// @ts-check
// Finds a Chromium for the end-to-end tests and prints its path: Playwright's own build when one is installed,
// otherwise Debian's /usr/bin/chromium. When neither is there and it runs as root, it installs Debian's chromium
// with apt-get, so `npm test` on a fresh machine sets up what it needs; it says so in capitals before it starts,
// and NO_APT_INSTALL=1 turns it off. It never changes system packages silently. Fails loudly otherwise.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { findChromium } from '../lib/browser.mjs';

let path = findChromium();
if (!path) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || process.env.NO_APT_INSTALL === '1') {
    console.error(
      'ensure-browser: no Chromium found. Install one: `sudo apt-get install -y chromium` (Debian) or `npx playwright install chromium`.',
    );
    if (isRoot) console.error('ensure-browser: (NO_APT_INSTALL=1 is set, so this script did not install it.)');
    process.exit(1);
  }
  console.error(
    'ensure-browser: no Chromium found; INSTALLING SYSTEM PACKAGES with apt-get (chromium, fonts-dejavu-core). Set NO_APT_INSTALL=1 to stop this.',
  );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-dejavu-core']]) {
    const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (r.status !== 0) {
      console.error(`ensure-browser: apt-get ${args.join(' ')} failed (exit ${r.status})`);
      process.exit(1);
    }
  }
  path = findChromium();
}
if (!path || !existsSync(path)) {
  console.error('ensure-browser: still no Chromium after installing.');
  process.exit(1);
}
console.log(`ensure-browser: using ${path}`);
