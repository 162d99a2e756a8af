#!/usr/bin/env node
// @ts-check
// Size budgets: gzip bytes of HTML, CSS and JS per built page, against budgets.json. Prints a summary of the
// largest pages per kind and every page over budget; exits 1 when any page is over.
//   node scripts/check/budget.mjs [dist]
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, posix } from 'node:path';
import { htmlFiles, urlOf } from '../lib/dist.mjs';

const dist = process.argv[2] ?? 'dist';
/** @typedef {'page' | 'search' | 'chart' | 'embed'} Kind */
/** @type {Record<Kind, { js: number, css: number }>} the per-kind budgets in budgets.json */
const budgets = JSON.parse(readFileSync('budgets.json', 'utf8'));
/** @type {Map<string, number>} */
const gz = new Map();
/** @param {string} file */
const gzipOf = (file) => {
  let bytes = gz.get(file);
  if (bytes === undefined) gz.set(file, (bytes = gzipSync(readFileSync(file), { level: 9 }).length));
  return bytes;
};
/** @param {string} href */
const local = (href) => href.startsWith('/') && !href.startsWith('//');

/**
 * A module and everything it imports statically (dynamic import() is on demand, so not counted).
 * @param {string} path
 * @param {Set<string>} [seen]
 */
function jsClosure(path, seen = new Set()) {
  if (seen.has(path)) return seen;
  const file = join(dist, path);
  if (!existsSync(file)) throw new Error(`budget: ${path} is referenced but not built`);
  seen.add(path);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
    const spec = m[1] ?? '';
    if (spec.startsWith('.') || spec.startsWith('/'))
      jsClosure(spec.startsWith('/') ? spec : posix.join(dirname(path), spec), seen);
  }
  return seen;
}

/** @type {{ url: string, kind: Kind, html: number, css: number, js: number }[]} */
const rows = [];
for (const file of htmlFiles(dist)) {
  const url = urlOf(dist, file);
  const html = readFileSync(file, 'utf8');
  /** @type {Kind} */
  const kind = url.startsWith('/embed/')
    ? 'embed'
    : html.includes('<chart-figure')
      ? 'chart'
      : url === '/quotes/' || url === '/search/'
        ? 'search'
        : 'page';
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)]
    .flatMap((m) => m[1] ?? [])
    .filter(local);
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].flatMap((m) => m[1] ?? []).filter(local);
  /** @type {Set<string>} */
  const js = new Set();
  for (const s of scripts) jsClosure(s, js);
  rows.push({
    url,
    kind,
    html: gzipSync(html, { level: 9 }).length,
    css: css.reduce((a, h) => a + gzipOf(join(dist, h)), 0),
    js: [...js].reduce((a, h) => a + gzipOf(join(dist, h)), 0),
  });
}
const over = rows.flatMap((r) =>
  /** @type {const} */ (['js', 'css'])
    .filter((k) => r[k] > budgets[r.kind][k])
    .map((k) => `${r.url}: ${k} ${r[k]} B gzip > ${budgets[r.kind][k]} B (${r.kind} budget)`),
);
for (const kind of /** @type {const} */ (['page', 'search', 'chart', 'embed'])) {
  const of = rows.filter((r) => r.kind === kind);
  if (!of.length) continue;
  const maxOf = (/** @type {'js' | 'css' | 'html'} */ k) => of.reduce((a, r) => (r[k] > a[k] ? r : a));
  console.log(
    `${kind}: ${of.length} pages; largest JS ${maxOf('js').js} B (${maxOf('js').url}), CSS ${maxOf('css').css} B, HTML ${maxOf('html').html} B (${maxOf('html').url}); budget JS ${budgets[kind].js} B, CSS ${budgets[kind].css} B`,
  );
}
for (const o of over) console.log(`OVER BUDGET ${o}`);
console.log(`budget: ${rows.length} pages checked; ${over.length} over budget`);
process.exit(over.length ? 1 : 0);
