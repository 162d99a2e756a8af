#!/usr/bin/env node
// @ts-check
// Lighthouse (mobile settings, its defaults) on a few page kinds of the built site, served by the server `npm start`
// runs. Writes the scores to a JSON file and exits 1 when a page is below its thresholds: performance ≥ 95,
// accessibility and best practices = 100. Needs a build (npm run build) and a Chromium (CHROME_PATH, else
// /usr/bin/chromium). Each page takes Lighthouse about 15–40 s, so this is not part of `npm test`.
//   node scripts/check/lighthouse.mjs [--port 4442] [--out lighthouse.json] [url-path …]
import { spawn, execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const args = process.argv.slice(2);
/**
 * Takes `--name value` out of the arguments (so what is left are paths) and returns the value, else `fallback`.
 * @template {string | number} T
 * @param {string} name
 * @param {T} fallback
 * @returns {string | T}
 */
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  if (i === -1) return fallback;
  const [value] = args.splice(i, 2).slice(1);
  return value ?? fallback;
};
const port = Number(option('port', process.env.LIGHTHOUSE_PORT ?? 4396));
const out = option('out', 'lighthouse.json');
/** Page kinds to measure: a country hub and a country detail page unless paths are given. */
const paths = args.length ? args : ['/countries/mexico/', '/countries/mexico/quotes/justice-process/'];
const THRESHOLDS = { performance: 95, accessibility: 100, 'best-practices': 100 };
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const server = spawn(process.execPath, ['scripts/serve/serve.mjs', '--port', String(port)], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const base = `http://localhost:${port}`;
async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/`)).ok) return;
    } catch {
      // Not listening yet: try again.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`lighthouse: the server on port ${port} did not start`);
}

const run = promisify(execFile);
const results = [];
let failed = false;
try {
  await waitForServer();
  const dir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
  for (const path of paths) {
    const report = join(dir, 'report.json');
    await run(
      process.execPath,
      [
        'node_modules/lighthouse/cli/index.js',
        `${base}${path}`,
        '--output=json',
        `--output-path=${report}`,
        '--quiet',
        '--only-categories=performance,accessibility,best-practices',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
      ],
      { env: { ...process.env, CHROME_PATH: chrome }, maxBuffer: 64 * 1024 * 1024 },
    );
    /** @type {import('lighthouse/types/lhr/lhr.js').default} the report Lighthouse wrote */
    const lhr = JSON.parse(readFileSync(report, 'utf8'));
    const scores = Object.fromEntries(
      Object.keys(THRESHOLDS).map((k) => [k, Math.round((lhr.categories[k]?.score ?? 0) * 100)]),
    );
    const metrics = Object.fromEntries(
      [
        'first-contentful-paint',
        'largest-contentful-paint',
        'total-blocking-time',
        'cumulative-layout-shift',
        'speed-index',
      ].map((k) => [k, lhr.audits[k]?.displayValue ?? null]),
    );
    const below = Object.entries(THRESHOLDS)
      .filter(([k, min]) => (scores[k] ?? 0) < min)
      .map(([k, min]) => `${k} ${scores[k]} < ${min}`);
    const failing = Object.values(lhr.audits)
      .filter(
        (a) =>
          a.score !== null &&
          a.score < 1 &&
          ['accessibility', 'best-practices'].some((c) =>
            lhr.categories[c]?.auditRefs.some((r) => r.id === a.id && r.weight > 0),
          ),
      )
      .map((a) => a.id);
    results.push({ path, formFactor: lhr.configSettings.formFactor, scores, metrics, below, failingAudits: failing });
    console.log(
      `${path}: ${Object.entries(scores)
        .map(([k, v]) => `${k} ${v}`)
        .join(
          ', ',
        )}; LCP ${metrics['largest-contentful-paint']}, TBT ${metrics['total-blocking-time']}, CLS ${metrics['cumulative-layout-shift']}${below.length ? ` — BELOW: ${below.join('; ')} (${failing.join(', ')})` : ''}`,
    );
    if (below.length) failed = true;
  }
  rmSync(dir, { recursive: true, force: true });
  writeFileSync(
    out,
    `${JSON.stringify({ date: new Date().toISOString(), thresholds: THRESHOLDS, results }, null, 2)}\n`,
  );
  console.log(
    `lighthouse: ${results.length} pages, scores written to ${out}; ${failed ? 'below thresholds' : 'all within thresholds'}`,
  );
} finally {
  server.kill();
}
process.exit(failed ? 1 : 0);
