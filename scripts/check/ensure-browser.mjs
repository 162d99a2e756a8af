#!/usr/bin/env node
// Finds a Chromium for the end-to-end tests and prints its path: Playwright's own build when one is installed,
// otherwise Debian's /usr/bin/chromium. When neither is there it installs Debian's chromium with apt-get only if
// asked to (CI set, as .ci/run sets it, or ALLOW_APT_INSTALL=1) and running as root, and says so before it starts:
// `npm test` on a workstation never changes system packages unannounced. Fails loudly otherwise.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { findChromium } from '../lib/browser.mjs';

let path = findChromium();
if (!path) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const allowed = !!process.env.CI || process.env.ALLOW_APT_INSTALL === '1';
  if (!isRoot || !allowed) {
    console.error('ensure-browser: no Chromium found. Install one: `sudo apt-get install -y chromium` (Debian) or `npx playwright install chromium`,');
    console.error('ensure-browser: or, as root, run with ALLOW_APT_INSTALL=1 to let this script install Debian chromium with apt-get.');
    process.exit(1);
  }
  console.error(`ensure-browser: no Chromium found; INSTALLING SYSTEM PACKAGES with apt-get (chromium, fonts-dejavu-core) because ${process.env.CI ? 'CI is set' : 'ALLOW_APT_INSTALL=1'} …`);
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
