// @ts-check
// The HTTP server behind `npm start` and the tests: a thin layer over sirv that makes it behave like a static host.
//
// Why sirv under a thin layer, not a home-made server: sirv is small (3 tiny dependencies), well used, and already
// does the parts that are easy to get subtly wrong: streaming files, choosing precompressed .br/.gz variants by
// Accept-Encoding (with Vary), ETag/Last-Modified and 304s. What no file library knows is this site's contract,
// so the layer adds only that:
//   - one parse of the request target (target.mjs): 4xx for malformed ones, and the normalised path is both what
//     is served and what the _headers rules are matched against;
//   - 405 for methods other than GET/HEAD; /_headers and dot-files are never served;
//   - directory URLs without their trailing slash redirect to a same-origin path (never "//host");
//   - the headers from dist/_headers (written from src/security.ts), re-read when the file changes;
//   - one response at a time per connection, and a cap on pipelined requests waiting behind it, so a client that
//     pipelines and never reads cannot make the server hold more than one file stream per connection.
// sirv runs in its "dev" mode (a stat per request instead of a file list made at start-up) so that a rebuild,
// which swaps a new dist/ in (scripts/build/build.mjs), is served at once instead of 404s from a stale list.
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import sirv from 'sirv';
import { headersFor, parseHeaders } from './headers.mjs';
import { parseTarget } from './target.mjs';

/**
 * Content types by extension; sirv's guess is kept for anything else. Text gets a charset.
 * @type {Record<string, string | undefined>}
 */
const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** @param {string} path @returns {import('node:fs').Stats | null} */
const fileAt = (path) => {
  try {
    const s = statSync(path);
    return s.isFile() ? s : null;
  } catch {
    return null;
  }
};

/**
 * @param {{ root: string, maxQueuedPerConnection?: number, idleTimeoutMs?: number }} options
 * @returns {import('node:http').Server}
 */
export function createSiteServer({ root, maxQueuedPerConnection = 32, idleTimeoutMs = 30_000 }) {
  root = resolve(root);
  const serveFile = sirv(root, { dev: true, etag: true, brotli: true, gzip: true, extensions: [] });

  // The _headers rules, re-parsed only when the file changes (a rebuild swaps in a new one).
  /** @type {import('./headers.mjs').HeaderRule[]} */
  let rules = [];
  let rulesStamp = '';
  const currentRules = () => {
    const file = join(root, '_headers');
    const s = fileAt(file);
    const stamp = s ? `${s.ino}:${s.mtimeMs}` : 'none';
    if (stamp !== rulesStamp) {
      rules = s ? parseHeaders(readFileSync(file, 'utf8')) : [];
      rulesStamp = stamp;
    }
    return rules;
  };
  /** @typedef {import('node:http').IncomingMessage} Request */
  /** @typedef {import('node:http').ServerResponse} Response */

  /** @param {Response} res @param {string} path */
  const applyRules = (res, path) => {
    for (const [name, value] of Object.entries(headersFor(currentRules(), path))) res.setHeader(name, value);
  };

  /** @param {Response} res @param {number} status @param {string} text @param {Record<string, string>} [extra] */
  const plain = (res, status, text, extra = {}) => {
    res.writeHead(status, {
      'Content-Type': 'text/plain; charset=utf-8',
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
      ...extra,
    });
    res.end(`${text}\n`);
  };

  /** @param {Request} req @param {Response} res @param {string} path */
  const notFound = (req, res, path) => {
    applyRules(res, path);
    const page = join(root, '404.html');
    if (!fileAt(page)) return plain(res, 404, 'Not found');
    res.writeHead(404, { 'Content-Type': types['.html'] });
    if (req.method === 'HEAD') return res.end();
    createReadStream(page)
      .on('error', () => res.destroy())
      .pipe(res);
  };

  /** @param {Request} req @param {Response} res */
  const handle = (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return plain(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    const target = parseTarget(req.url);
    if ('status' in target) return plain(res, target.status, `Bad request: ${target.reason}`);
    const { path, search, segments, dir } = target;
    // Never serve the host configuration or dot-files (.DS_Store, a stray .git), nor names sirv could misread.
    const hidden =
      (segments.length === 1 && segments[0] === '_headers') ||
      segments.some((s) => s.startsWith('.') || /[?#]/.test(s));
    if (hidden) return notFound(req, res, path);

    const filePath = dir ? [...segments, 'index.html'] : segments;
    const stats = fileAt(join(root, ...filePath));
    if (!stats) {
      // A directory asked for without its slash: redirect, as static hosts do, so relative links resolve. The
      // Location is the normalised path, which always starts with exactly one "/": never another host.
      if (!dir && fileAt(join(root, ...segments, 'index.html'))) {
        res.writeHead(301, { Location: `${path}/${search}`, 'Cache-Control': 'no-cache' });
        return res.end();
      }
      return notFound(req, res, path);
    }

    applyRules(res, path);
    const type = types[extname(filePath.at(-1) ?? '')];
    if (type) res.setHeader('Content-Type', type);
    // sirv answers If-None-Match; If-Modified-Since (for clients without ETags) is answered here. Precompressed
    // variants carry their source's mtime (scripts/build/precompress.mjs), so the date holds for every encoding.
    const since = Date.parse(req.headers['if-modified-since'] ?? '');
    if (!req.headers['if-none-match'] && !Number.isNaN(since) && Math.floor(stats.mtimeMs / 1000) * 1000 <= since) {
      res.writeHead(304, { 'Last-Modified': stats.mtime.toUTCString() });
      return res.end();
    }
    // Ranges are optional in HTTP and nothing on this site asks for them; sirv's range parsing throws on some
    // malformed ones, so they are ignored and the whole file is sent.
    delete req.headers.range;
    req.url = `/${filePath.map((s) => encodeURI(s)).join('/')}`;
    serveFile(req, res, () => {
      notFound(req, res, path);
    });
  };

  const queued = new WeakMap(); // socket → pipelined requests waiting for the response ahead of them

  const server = createServer((req, res) => {
    // A file stream that fails (a file removed mid-response by a rebuild) ends this response, not the server.
    res.on('pipe', (source) => source.on('error', () => res.destroy()));
    const run = () => {
      try {
        handle(req, res);
      } catch (error) {
        console.error(`serve: ${req.method} ${req.url}: ${error instanceof Error ? (error.stack ?? error) : error}`);
        if (!res.headersSent) plain(res, 500, 'Internal server error');
        else res.destroy();
      }
    };
    // Node queues the responses to pipelined requests until the ones ahead finish; start reading a file only
    // when this response owns the socket, so a connection holds at most one file stream however much it pipelines.
    if (res.socket) return run();
    const socket = req.socket;
    const waiting = (queued.get(socket) ?? 0) + 1;
    if (waiting > maxQueuedPerConnection) return socket.destroy();
    queued.set(socket, waiting);
    res.once('socket', () => {
      queued.set(socket, (queued.get(socket) ?? 1) - 1);
      run();
    });
  });
  // A client that stops reading (or sending) for this long is dropped, freeing its file stream.
  server.setTimeout(idleTimeoutMs);
  return server;
}

/** Does `root` look like a built site? @param {string} root */
export const isBuiltSite = (root) => existsSync(join(resolve(root), 'index.html'));
