#!/usr/bin/env node
// @ts-check
// Chart library comparison: bundles the same bar chart with our chart code and with the libraries people would
// otherwise use (Chart.js, Vega-Lite through vega-embed, Observable Plot), minified for the browser, and prints
// the gzip size of each next to ours with the ratio. Exits 1 unless ours is smaller than every one of them.
//   npm run bench:charts   (installs this folder's own package.json first)
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const here = (/** @type {string} */ f) => fileURLToPath(new URL(f, import.meta.url));

const entries = {
  ours: here('./ours.js'),
  'Chart.js': here('./chartjs.js'),
  'Vega-Lite (vega-embed)': here('./vegalite.js'),
  'Observable Plot': here('./plot.js'),
};
/** @type {Record<string, { raw: number, gzip: number }>} bytes of each bundle, by library */
const sizes = {};
for (const [name, entry] of Object.entries(entries)) {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const code = out.outputFiles?.[0]?.contents;
  if (!code) throw new Error(`bench-charts: esbuild returned no bundle for ${name}`);
  sizes[name] = { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}
const ours = sizes.ours?.gzip ?? NaN;
console.log('Same horizontal bar chart, minified bundle for the browser:');
for (const [name, s] of Object.entries(sizes))
  console.log(
    `  ${name.padEnd(24)} ${String(s.gzip).padStart(8)} B gzip  ${String(s.raw).padStart(9)} B raw  ${name === 'ours' ? '' : `${(s.gzip / ours).toFixed(1)}× ours`}`,
  );
const bigger = Object.entries(sizes).filter(([n, s]) => n !== 'ours' && s.gzip <= ours);
if (bigger.length) {
  console.log(`bench-charts: ours is not smaller than ${bigger.map(([n]) => n).join(', ')}`);
  process.exit(1);
}
console.log('bench-charts: ours is smaller than every library compared');
