#!/usr/bin/env node
// Serves the built site (dist/) as a static host would, with the HTTP headers from dist/_headers
// (Content-Security-Policy with frame-ancestors, X-Frame-Options, …), which a <meta> tag cannot set.
//
//   node scripts/serve/serve.mjs [--port 4321] [--dir dist] [--host 127.0.0.1]
// Used by `npm start` and by the Playwright tests.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { parseHeaders, headersFor } from './headers.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const port = Number(arg('port', process.env.PORT ?? 4321));
const host = arg('host', process.env.HOST ?? 'localhost');
const root = resolve(arg('dir', 'dist'));
if (!existsSync(join(root, 'index.html'))) {
  console.error(`serve: ${root}/index.html not found. Build first: npm run build`);
  process.exit(1);
}
const rules = existsSync(join(root, '_headers')) ? parseHeaders(readFileSync(join(root, '_headers'), 'utf8')) : [];

const types = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml', '.wasm': 'application/wasm', '.zip': 'application/zip', '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream', '.pf_index': 'application/octet-stream', '.pf_filter': 'application/octet-stream',
};

async function resolveFile(pathname) {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, safe);
  if (!file.startsWith(root)) return null;
  try {
    const s = await stat(file);
    if (s.isDirectory()) file = join(file, 'index.html');
    await stat(file);
    return file;
  } catch {
    return null;
  }
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  // Directory URLs without a trailing slash redirect, as static hosts do, so relative links and anchors resolve.
  if (!extname(url.pathname) && !url.pathname.endsWith('/') && (await resolveFile(`${url.pathname}/`))) {
    res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
    return res.end();
  }
  const file = await resolveFile(url.pathname);
  const status = file ? 200 : 404;
  const body = await readFile(file ?? join(root, '404.html'));
  const headers = { ...headersFor(rules, url.pathname), 'Content-Type': types[extname(file ?? '404.html')] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
});
server.listen(port, host, () => console.log(`Serving ${root} at http://${host}:${port}/`));
