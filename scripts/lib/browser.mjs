// @ts-check
// Where the Chromium is: the full browser for what shows or scores the page as a reader's browser runs it
// (Lighthouse, screenshots, the Orca walk), and Chromium's headless shell for the end-to-end tests and the search
// benchmark (the same engine: the benchmark's median keystroke-to-paint was 27-29 ms in both, two runs each).
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';
/** Debian's package `chromium-headless-shell`, the same Chromium release as `chromium`. */
export const DEBIAN_HEADLESS_SHELL = '/usr/lib/chromium/chromium-headless-shell';

export function findChromium() {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    /* Playwright has no browser of its own here */
  }
  return existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : null;
}

/** Chromium's headless shell: CHROMIUM_PATH when set, else Debian's, else null. */
export function findHeadlessShell() {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  return existsSync(DEBIAN_HEADLESS_SHELL) ? DEBIAN_HEADLESS_SHELL : null;
}

/**
 * The browser for the end-to-end tests: Chromium's headless shell (Chrome's old headless mode, which Playwright's
 * own headless runs use), else the full browser. It renders the same pages with the same engine, and the visual
 * baselines pass unchanged in it, for about half the CPU: loading 80 pages took 7.3 s of CPU instead of 12.6 s here,
 * and the whole e2e suite 3.2 instead of 7.0 minutes. CHROMIUM_PATH overrides both lookups.
 */
export function findTestChromium() {
  return findHeadlessShell() ?? findChromium();
}

/** Flags that keep Chromium from reaching out to the network at start (this machine's network is closed). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * The features Playwright turns off whenever it launches Chromium, copied from Playwright 1.65. Chromium keeps only
 * the last --disable-features switch it is given, so a list of our own must repeat these or it silently turns them
 * back on (seen here: with ours alone, a third-party frame's storage was partitioned again). tests/e2e/browser.spec.ts
 * launches Chromium as the tests do and fails, naming the feature, if Playwright ever disables one this list lacks.
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * For the end-to-end tests: Chromium's RenderDocument off, so a navigation reuses the tab's frame in the renderer
 * instead of building a new one for every document. Pages behave and render the same (every e2e test, the visual
 * baselines included, passes unchanged); the tests navigate hundreds of times, and each navigation costs less: 48
 * instead of 66 ms of CPU for a bare page, and the whole e2e suite took 280 instead of 300 s of CPU (medians of four
 * runs each, alternated). Not for Lighthouse, screenshots or the search benchmark, which run the page as a reader's
 * browser does.
 */
export const TEST_CHROMIUM_ARGS = [
  ...CHROMIUM_ARGS,
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, 'RenderDocument'].join(',')}`,
];

/**
 * For the page crawl and axe (tests/e2e/pages.spec.ts) only: compositing on the page's main thread instead of a
 * thread of its own. Without a GPU that thread is overhead: loading 44 pages took 243 instead of 328 ms of CPU a
 * page (two runs each, side by side). Frames from another origin then never finish loading, so the embed tests and
 * anything else with such a frame keep the default; nor is it for Lighthouse or the search benchmark, which measure
 * the page as a reader's browser runs it.
 */
export const CRAWL_CHROMIUM_ARGS = [
  ...TEST_CHROMIUM_ARGS,
  '--disable-threaded-compositing',
  '--disable-threaded-animation',
];
