#!/usr/bin/env node
// @ts-check
// Lighthouse (mobile: its default form factor, screen emulation and throttling) on one page of every page kind of the
// built site, served by the server `npm start` runs. Writes the scores, with the font bytes and layout shift of
// each page, to reports/lighthouse.json (committed, so a change in a score shows in review) and exits 1 when any
// page has accessibility or best practices below 100, more than 60 kB of fonts, or a layout shift above 0.
// Performance is recorded, not gated: on a shared machine its blocking-time part measures the machine.
// Needs a build (npm run build) and a Chromium (CHROME_PATH, else /usr/bin/chromium). Each page takes Lighthouse
// 15–40 s, so this is not part of `npm test`. Run it through npm, so the project's Node 22 runs it.
//   npm run lighthouse -- [--port 4453] [--out reports/lighthouse.json] [--update] [url-path …]
// With url paths, only those pages are measured; --update then replaces just their entries in the existing file
// (to re-measure a page after a fix without running every page again).
import { spawn, execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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
const out = option('out', 'reports/lighthouse.json');
const updateIndex = args.indexOf('--update');
const update = updateIndex !== -1;
if (update) args.splice(updateIndex, 1);
/** One page of every page kind (a template; one example stands for all its pages). @type {[string, string][]} */
const KINDS = [
  ['home', '/'],
  ['about', '/about/'],
  ['safety', '/safety/'],
  ['help', '/help/'],
  ['glossary', '/glossary/'],
  ['countries index', '/countries/'],
  ['country hub', '/countries/mexico/'],
  ['country overview', '/countries/mexico/overview/'],
  ['country findings', '/countries/mexico/findings/'],
  ['country findings by theme', '/countries/mexico/findings/reporting/'],
  ['country quotes', '/countries/mexico/quotes/'],
  ['country quotes by theme', '/countries/mexico/quotes/justice-process/'],
  ['country charts', '/countries/mexico/charts/'],
  ['country recommendations', '/countries/mexico/recommendations/'],
  ['country legal framework', '/countries/mexico/legal/'],
  ['country brief', '/countries/mexico/brief/'],
  ['themes index', '/themes/'],
  ['theme', '/themes/reporting/'],
  ['theme findings', '/themes/reporting/findings/'],
  ['quotes', '/quotes/'],
  ['search', '/search/'],
  ['charts index', '/charts/'],
  ['chart', '/charts/dh-disclosure-overall/'],
  ['embed', '/embed/dh-disclosure-overall/'],
  ['data', '/data/'],
  ['data changelog', '/data/changelog/'],
  ['recommendations', '/recommendations/'],
  ['sources index', '/sources/'],
  ['source', '/sources/vos-peru-2021/'],
  // The not-found page itself: Lighthouse will not score a page that answers 404, so its file is audited directly.
  ['not found', '/404.html'],
];
/** @param {string} path */
const kindOf = (path) => KINDS.find(([, p]) => p === path)?.[0] ?? path;
/** @type {[string, string][]} */
const pages = args.length ? args.map((path) => [kindOf(path), path]) : KINDS;
/** Minimum scores (0–100). @type {Record<string, number>} */
const THRESHOLDS = { accessibility: 100, 'best-practices': 100 };
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const MAX_FONT_BYTES = 60 * 1024;
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
/**
 * One page's record in the JSON file.
 * @typedef {{ kind: string, path: string, below: string[], error?: string, formFactor?: string,
 *   scores?: Record<string, number>, fontBytes?: number, cumulativeLayoutShift?: number | null,
 *   metrics?: Record<string, string | null>, failingAudits?: string[] }} Result
 */
/** With --update, the earlier entries of the pages not measured now are kept, in page-kind order. */
/** @type {Result[]} */
const earlier = update ? JSON.parse(readFileSync(out, 'utf8')).results : [];
/** @type {Result[]} */
const results = [];
let failed = false;
/** Writes what has been measured so far (after every page, so an interrupted run still leaves its scores). */
function write() {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(
    out,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        lighthouse: JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version,
        thresholds: { ...THRESHOLDS, maxFontBytes: MAX_FONT_BYTES, maxCumulativeLayoutShift: 0 },
        results: [...earlier.filter((e) => !results.some((r) => r.path === e.path)), ...results].sort(
          (a, b) => KINDS.findIndex(([, p]) => p === a.path) - KINDS.findIndex(([, p]) => p === b.path),
        ),
      },
      null,
      2,
    )}\n`,
  );
}
try {
  await waitForServer();
  const dir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
  for (const [kind, path] of pages) {
    const report = join(dir, 'report.json');
    // A loaded machine sometimes loses the trace (NO_NAVSTART, "please run Lighthouse again"): try up to three times.
    let error = null;
    for (let attempt = 1; attempt <= 3; attempt++) {
      try {
        await run(
          process.execPath,
          [
            'node_modules/lighthouse/cli/index.js',
            `${base}${path}`,
            '--output=json',
            `--output-path=${report}`,
            '--quiet',
            '--form-factor=mobile',
            `--only-categories=${CATEGORIES.join(',')}`,
            '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
          ],
          { env: { ...process.env, CHROME_PATH: chrome }, maxBuffer: 64 * 1024 * 1024 },
        );
        error = null;
        break;
      } catch (e) {
        const err = /** @type {{ stderr?: string, message?: string }} */ (e);
        error = String(err.stderr || err.message).trim();
        console.log(`${kind} (${path}): attempt ${attempt} failed: ${error.split('\n')[0]}`);
      }
    }
    if (error) {
      results.push({ kind, path, error, below: ['not audited'] });
      failed = true;
      write();
      continue;
    }
    /** @type {import('lighthouse/types/lhr/lhr.js').default} the report Lighthouse wrote */
    const lhr = JSON.parse(readFileSync(report, 'utf8'));
    if (lhr.runtimeError) {
      // The page could not be audited (it did not load): a failure, recorded, and the other pages still run.
      console.log(`${kind} (${path}): NOT AUDITED — ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
      results.push({ kind, path, error: lhr.runtimeError.code, below: ['not audited'] });
      failed = true;
      write();
      continue;
    }
    const scores = Object.fromEntries(CATEGORIES.map((k) => [k, Math.round((lhr.categories[k]?.score ?? 0) * 100)]));
    const details = lhr.audits['network-requests']?.details;
    /** @type {{ resourceType?: string, transferSize?: number }[]} every request the page made */
    const requests = details && 'items' in details ? /** @type {any[]} */ (details.items) : [];
    const fontBytes = requests.filter((r) => r.resourceType === 'Font').reduce((n, r) => n + (r.transferSize ?? 0), 0);
    const cls = lhr.audits['cumulative-layout-shift']?.numericValue ?? null;
    const metrics = Object.fromEntries(
      ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'speed-index'].map((k) => [
        k,
        lhr.audits[k]?.displayValue ?? null,
      ]),
    );
    const below = [
      ...Object.entries(THRESHOLDS)
        .filter(([k, min]) => (scores[k] ?? 0) < min)
        .map(([k, min]) => `${k} ${scores[k]} < ${min}`),
      ...(fontBytes > MAX_FONT_BYTES ? [`fonts ${fontBytes} B > ${MAX_FONT_BYTES} B`] : []),
      ...(cls === null || cls > 0 ? [`cumulative layout shift ${cls} > 0`] : []),
    ];
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
    results.push({
      kind,
      path,
      formFactor: lhr.configSettings.formFactor,
      scores,
      fontBytes,
      cumulativeLayoutShift: cls,
      metrics,
      below,
      failingAudits: failing,
    });
    console.log(
      `${kind} (${path}): ${Object.entries(scores)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}; fonts ${fontBytes} B, CLS ${cls}, LCP ${metrics['largest-contentful-paint']}, TBT ${
        metrics['total-blocking-time']
      }${below.length ? ` — BELOW: ${below.join('; ')} (${failing.join(', ')})` : ''}`,
    );
    if (below.length) failed = true;
    write();
  }
  rmSync(dir, { recursive: true, force: true });
  write();
  console.log(
    `lighthouse: ${results.length} pages, scores written to ${out}; ${failed ? 'BELOW thresholds' : 'all within thresholds'}`,
  );
} finally {
  server.kill();
}
// With --update, a page kept from the earlier run that was below its thresholds still fails the run.
const keptBelow = earlier.filter((e) => !results.some((r) => r.path === e.path) && e.below?.length);
for (const e of keptBelow) console.log(`${e.kind} (${e.path}), from the earlier run: BELOW: ${e.below.join('; ')}`);
process.exit(failed || keptBelow.length ? 1 : 0);
