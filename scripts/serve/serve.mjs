#!/usr/bin/env node
// @ts-check
// Serves the built site (dist/) as a static host would, with the HTTP headers from dist/_headers
// (Content-Security-Policy with frame-ancestors, X-Frame-Options, caching, CORS …), which a <meta> tag cannot set.
// The server itself is scripts/serve/site-server.mjs.
//
//   node scripts/serve/serve.mjs [--port 4321] [--dir dist] [--host localhost]     (--port 0: any free port)
// Used by `npm start`, `npm run serve`, the Playwright tests and scripts/bench/search.mjs.
import { resolve } from 'node:path';
import { createSiteServer, isBuiltSite } from './site-server.mjs';
import { arg } from '../lib/args.mjs';

const port = Number(arg('port', process.env.PORT ?? 4321));
const host = arg('host', process.env.HOST ?? 'localhost');
const root = resolve(arg('dir', 'dist'));
if (!isBuiltSite(root)) {
  console.error(`serve: ${root}/index.html not found. Build first: npm run build`);
  process.exit(1);
}
const server = createSiteServer({ root });
server.listen(port, host, () => {
  const address = server.address();
  const shown = typeof address === 'object' && address ? address.port : port;
  console.log(`Serving ${root} at http://${host}:${shown}/`);
});
