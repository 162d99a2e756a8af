// @ts-check
// Where the tests' Chromium is: Playwright's own when installed (and runnable), else Debian's.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

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
 * For the page crawl and axe (tests/e2e/pages.spec.ts) only: compositing on the page's main thread instead of a
 * thread of its own. Without a GPU that thread is overhead: loading 44 pages took 243 instead of 328 ms of CPU a
 * page (two runs each, side by side). Frames from another origin then never finish loading, so the embed tests and
 * anything else with such a frame keep the default; nor is it for Lighthouse or the search benchmark, which measure
 * the page as a reader's browser runs it.
 */
export const CRAWL_CHROMIUM_ARGS = [...CHROMIUM_ARGS, '--disable-threaded-compositing', '--disable-threaded-animation'];
