#!/usr/bin/env node
// Size budgets: gzip bytes of HTML, CSS and JS per built page, against budgets.json. Prints a summary of the
// largest pages per kind and every page over budget; exits 1 when any page is over.
//   node scripts/check/budget.mjs [dist]
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, posix } from 'node:path';
import { htmlFiles, urlOf } from '../lib/dist.mjs';

const dist = process.argv[2] ?? 'dist';
const budgets = JSON.parse(readFileSync('budgets.json', 'utf8'));
const gz = new Map();
const gzipOf = (file) => {
  if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
  return gz.get(file);
};
const local = (href) => href.startsWith('/') && !href.startsWith('//');

/** A module and everything it imports statically (dynamic import() is on demand, so not counted). */
function jsClosure(path, seen = new Set()) {
  if (seen.has(path)) return seen;
  const file = join(dist, path);
  if (!existsSync(file)) throw new Error(`budget: ${path} is referenced but not built`);
  seen.add(path);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
    if (m[1].startsWith('.') || m[1].startsWith('/'))
      jsClosure(m[1].startsWith('/') ? m[1] : posix.join(dirname(path), m[1]), seen);
  }
  return seen;
}

const rows = [];
for (const file of htmlFiles(dist)) {
  const url = urlOf(dist, file);
  const html = readFileSync(file, 'utf8');
  const kind = url.startsWith('/embed/')
    ? 'embed'
    : html.includes('<chart-figure')
      ? 'chart'
      : url === '/quotes/' || url === '/search/'
        ? 'search'
        : 'page';
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]).filter(local);
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]).filter(local);
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
  ['js', 'css']
    .filter((k) => r[k] > budgets[r.kind][k])
    .map((k) => `${r.url}: ${k} ${r[k]} B gzip > ${budgets[r.kind][k]} B (${r.kind} budget)`),
);
for (const kind of ['page', 'search', 'chart', 'embed']) {
  const of = rows.filter((r) => r.kind === kind);
  if (!of.length) continue;
  const maxOf = (k) => of.reduce((a, r) => (r[k] > a[k] ? r : a), of[0]);
  console.log(
    `${kind}: ${of.length} pages; largest JS ${maxOf('js').js} B (${maxOf('js').url}), CSS ${maxOf('css').css} B, HTML ${maxOf('html').html} B (${maxOf('html').url}); budget JS ${budgets[kind].js} B, CSS ${budgets[kind].css} B`,
  );
}
for (const o of over) console.log(`OVER BUDGET ${o}`);
console.log(`budget: ${rows.length} pages checked; ${over.length} over budget`);
process.exit(over.length ? 1 : 0);
