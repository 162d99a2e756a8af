/**
 * The Content-Security-Policy, in one place. The layout puts `metaPolicy` in a <meta> on every page;
 * public/_headers carries the same policy (plus frame-ancestors, which only works as an HTTP header) for static
 * hosts and for scripts/serve/serve.mjs. tests/unit/security.test.ts keeps the two in step.
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
