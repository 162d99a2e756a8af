#!/usr/bin/env node
// @ts-check
// Search budgets, measured in Chromium against the built site (dist/ served on loopback):
//   - keystroke to results painted on /quotes/: p95 ≤ 100 ms over 30 fixed queries, after the index is warm;
//   - bytes fetched for a first query on a fresh visit: ≤ 150 kB gzip (Pagefind's script, WebAssembly, index,
//     filters and the result fragments), and nothing from /pagefind/ before search is used.
// Prints medians and p95; exits 1 over budget.   node scripts/bench/search.mjs [dist]
import { spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { findTestChromium, CHROMIUM_ARGS } from '../lib/browser.mjs';

const BUDGET = { p95Ms: 100, firstQueryBytes: 150 * 1024 };
const QUERIES = [
  'police',
  'blame',
  'school',
  'family',
  'mother',
  'shame',
  'report',
  'psychologist',
  'lawyer',
  'fear',
  'photos',
  'Facebook',
  'WhatsApp',
  'threat',
  'trust',
  'court',
  'prosecutor',
  'support',
  'therapy',
  'friends',
  'girls',
  'boys',
  'money',
  'video',
  'stranger',
  'teacher',
  'confidential',
  'justice',
  'help',
  'afraid',
];
const dist = process.argv[2] ?? 'dist';
const port = Number(process.env.BENCH_PORT ?? 4397);
const server = spawn(process.execPath, ['scripts/serve/serve.mjs', '--port', String(port), '--dir', dist], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve) => server.stdout.once('data', resolve));
const base = `http://localhost:${port}`;
// The headless shell (scripts/lib/browser.mjs): the same engine as the full browser for a third less CPU here.
const executablePath = findTestChromium();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
let failed = false;
try {
  // 1. Bytes for a first query, on a fresh visit to /search/.
  const context = await browser.newContext();
  const page = await context.newPage();
  /** @type {{ url: string, bytes: number }[]} */
  const fetched = [];
  page.on('response', async (r) => {
    if (!r.url().includes('/pagefind/')) return;
    const body = await r.body().catch(() => Buffer.alloc(0));
    // Pagefind's index files are gzip already; its script and WebAssembly are counted as a server would gzip them.
    const compressed = /\.pf_/.test(r.url()) ? body.length : gzipSync(body).length;
    fetched.push({ url: r.url(), bytes: compressed });
  });
  await page.goto(`${base}/search/`);
  await page.waitForLoadState('networkidle');
  const beforeUse = fetched.length;
  await page.getByLabel('Search quotes, findings and pages').fill('police');
  await page.locator('ol.site-results > li').first().waitFor();
  await page.waitForLoadState('networkidle');
  const bytes = fetched.reduce((a, f) => a + f.bytes, 0);
  console.log(
    `first query: ${fetched.length} files from /pagefind/, ${(bytes / 1024).toFixed(1)} kB gzip (budget ${BUDGET.firstQueryBytes / 1024} kB); before use: ${beforeUse} files`,
  );
  if (bytes > BUDGET.firstQueryBytes || beforeUse > 0) failed = true;
  await context.close();

  // 2. Keystroke to results painted on /quotes/, index warm.
  const p2 = await browser.newPage();
  await p2.goto(`${base}/quotes/`);
  await p2.locator('ol.results > li').first().waitFor();
  /** @param {string} q @returns {Promise<number>} ms from the keystroke to results painted */
  const measure = (q) =>
    p2.evaluate(
      (query) =>
        new Promise((resolve) => {
          const el = document.querySelector('quote-search');
          const input = document.getElementById('quote-query');
          if (!el || !(input instanceof HTMLInputElement))
            throw new Error('/quotes/: no <quote-search> or #quote-query');
          const t0 = performance.now();
          el.addEventListener('results', (e) => {
            // quote-search's "results" event (src/client/search/quote-search.ts): detail { query, count }.
            const { detail } = /** @type {CustomEvent<{ query?: string }>} */ (e);
            if ((detail.query ?? '') !== query) return;
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
          });
          input.value = query;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }),
      q,
    );
  for (const q of QUERIES) await measure(q); // warm: every query's index chunks are loaded once
  await measure('');
  /** @type {number[]} */
  const times = [];
  for (const q of QUERIES) times.push(await measure(q));
  times.sort((a, b) => a - b);
  const at = (/** @type {number} */ p) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)] ?? NaN;
  console.log(
    `keystroke to results painted over ${times.length} queries: median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${at(1).toFixed(1)} ms (budget p95 ${BUDGET.p95Ms} ms)`,
  );
  if (at(0.95) > BUDGET.p95Ms) failed = true;
} finally {
  await browser.close();
  server.kill();
}
console.log(`bench-search: ${failed ? 'OVER BUDGET' : 'within budget'}`);
process.exit(failed ? 1 : 0);
