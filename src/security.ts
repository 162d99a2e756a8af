/**
 * Security policy, in one place. The layout puts `metaPolicy` in a <meta> on every page; `headersFile()` writes the
 * same policy (plus what only HTTP headers can carry: frame-ancestors, HSTS, caching, CORS) as a Netlify/Cloudflare
 * `_headers` file, published by src/pages/[hostHeaders].ts as dist/_headers and applied by scripts/serve/serve.mjs.
 * Nothing else writes these headers by hand.
 */
export const directives: Record<string, string> = {
  'default-src': "'self'",
  // Pagefind compiles WebAssembly: 'wasm-unsafe-eval' allows that and nothing else (no eval, no inline script).
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'worker-src': "'self' blob:",
  'frame-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

export const metaPolicy = Object.entries(directives)
  .map(([k, v]) => `${k} ${v}`)
  .join('; ');

/** The HTTP policy: the meta policy plus who may frame the page (a <meta> cannot say that). */
const httpPolicy = (frameAncestors: string) => `${metaPolicy}; frame-ancestors ${frameAncestors}`;

/** One `_headers` rule: a path pattern (exact, or a prefix ending in `*`), headers to set, headers to remove. */
export interface HeaderRule {
  path: string;
  why: string;
  set?: Record<string, string>;
  unset?: string[];
}

/**
 * Rules apply in order; a later rule replaces a header an earlier one set. Paths are matched against the normalised
 * path that is served (scripts/serve/serve.mjs rejects encoded slashes and resolves dot segments first).
 */
export const headerRules: HeaderRule[] = [
  {
    path: '/*',
    why: 'Every response: the policy, no framing, no sniffing, no referrer; revalidate with ETag/Last-Modified.',
    set: {
      'Content-Security-Policy': httpPolicy("'none'"),
      'X-Frame-Options': 'DENY',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
      'Cross-Origin-Opener-Policy': 'same-origin',
      // Browsers ignore HSTS over plain http (localhost), so it only takes effect once deployed on https.
      'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
      'Cache-Control': 'no-cache',
    },
  },
  {
    path: '/_astro/*',
    why: 'Astro names these files by their content hash, so they never change under the same name.',
    set: { 'Cache-Control': 'public, max-age=31536000, immutable' },
  },
  {
    path: '/embed/*',
    why: 'Embeds may be framed by any site (advocacy pages, articles).',
    unset: ['X-Frame-Options'],
    set: { 'Content-Security-Policy': httpPolicy('*'), 'Cross-Origin-Resource-Policy': 'cross-origin' },
  },
  {
    path: '/embed.js',
    why: 'The embed script is loaded by other sites’ pages.',
    set: { 'Access-Control-Allow-Origin': '*', 'Cross-Origin-Resource-Policy': 'cross-origin' },
  },
  { path: '/oembed/*', why: 'oEmbed records are fetched by other sites.', set: { 'Access-Control-Allow-Origin': '*' } },
  {
    path: '/data/*',
    why: 'The open data: other sites may fetch it from the browser.',
    set: { 'Access-Control-Allow-Origin': '*' },
  },
];

/** The rules as a `_headers` file (Netlify, Cloudflare Pages, scripts/serve/serve.mjs). */
export function headersFile(rules: HeaderRule[] = headerRules): string {
  const lines = ['# Generated from src/security.ts at build time; edit that file, not this one.'];
  for (const rule of rules) {
    lines.push('', `# ${rule.why}`, rule.path);
    for (const name of rule.unset ?? []) lines.push(`  ! ${name}`);
    for (const [name, value] of Object.entries(rule.set ?? {})) lines.push(`  ${name}: ${value}`);
  }
  return `${lines.join('\n')}\n`;
}
