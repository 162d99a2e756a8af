// End-to-end tests in real Chromium against the built site, served by scripts/serve/serve.mjs as `npm start` serves it.
// A second server on another port stands in for a different origin (an advocacy site embedding charts).
import { defineConfig } from '@playwright/test';
import { findTestChromium, TEST_CHROMIUM_ARGS } from './scripts/lib/browser.mjs';

// E2E_PORT moves both servers (site on it, host one below), so two checkouts can run the suite side by side.
export const SITE_PORT = Number(process.env.E2E_PORT ?? 4399);
export const HOST_PORT = SITE_PORT - 1;
const executablePath = findTestChromium() ?? undefined;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  // A failing test runs once more, with a trace (below); a test that fails and then passes still fails the run, so
  // the retry never hides flakiness. Recording a trace for every test instead cost about a quarter of the suite's
  // time (measured on the crawl: 55 s with traces, 37 s without).
  retries: 1,
  failOnFlakyTests: true,
  // A stray test.only must not pass CI by skipping the rest.
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${SITE_PORT}`,
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: TEST_CHROMIUM_ARGS },
    // A failing test's retry keeps a trace (DOM, network, console) in test-results/, for `npx playwright show-trace`.
    trace: 'on-first-retry',
  },
  webServer: [
    {
      command: `node scripts/serve/serve.mjs --port ${SITE_PORT}`,
      url: `http://localhost:${SITE_PORT}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: `node tests/fixtures/serve-host.mjs --port ${HOST_PORT} --site http://localhost:${SITE_PORT}`,
      url: `http://127.0.0.1:${HOST_PORT}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
  ],
});
