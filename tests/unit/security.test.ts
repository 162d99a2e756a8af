import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { metaPolicy, directives, headersFile, headerRules } from '../../src/security.ts';
import { headersFor, parseHeaders } from '../../scripts/serve/headers.mjs';

// The _headers file as the build writes it (src/pages/[hostHeaders].ts), read back by the server's own parser.
const rules = parseHeaders(headersFile());
const csp = (path: string) => (headersFor(rules, path) as Record<string, string>)['Content-Security-Policy'] ?? '';

describe('Content-Security-Policy', () => {
  it('allows no inline script and no eval beyond WebAssembly', () => {
    expect(directives['script-src']).not.toContain('unsafe-inline');
    expect(directives['script-src']).not.toMatch(/'unsafe-eval'/);
    expect(directives['script-src']).toContain("'wasm-unsafe-eval'");
    expect(directives['worker-src']).toBe("'self' blob:");
  });
  it('the _headers policy is the meta policy plus frame-ancestors', () => {
    expect(csp('/')).toBe(`${metaPolicy}; frame-ancestors 'none'`);
    expect(csp('/embed/some-chart/')).toBe(`${metaPolicy}; frame-ancestors *`);
  });
  it('denies framing everywhere except /embed/', () => {
    const page = headersFor(rules, '/countries/mexico/') as Record<string, string>;
    const embed = headersFor(rules, '/embed/x/') as Record<string, string>;
    expect(page['X-Frame-Options']).toBe('DENY');
    expect(embed['X-Frame-Options']).toBeUndefined();
    for (const h of [page, embed]) {
      expect(h['X-Content-Type-Options']).toBe('nosniff');
      expect(h['Referrer-Policy']).toBe('no-referrer');
    }
  });
  it('sends HSTS, caches hashed assets for good, opens /data/ to other sites, and drops interest-cohort', () => {
    const home = headersFor(rules, '/') as Record<string, string>;
    expect(home['Strict-Transport-Security']).toMatch(/^max-age=31536000/);
    expect(home['Permissions-Policy']).not.toContain('interest-cohort');
    expect(home['Access-Control-Allow-Origin']).toBeUndefined();
    expect((headersFor(rules, '/_astro/x.1a2b.js') as Record<string, string>)['Cache-Control']).toBe(
      'public, max-age=31536000, immutable',
    );
    expect((headersFor(rules, '/data/quotes.json') as Record<string, string>)['Access-Control-Allow-Origin']).toBe('*');
  });
  it('every rule says why it exists, and no one keeps a hand-written copy in public/', () => {
    for (const rule of headerRules) expect(rule.why.length, rule.path).toBeGreaterThan(10);
    expect(existsSync('public/_headers')).toBe(false);
  });
  it('the meta policy carries no directive a <meta> cannot use', () => {
    expect(metaPolicy).not.toMatch(/frame-ancestors|report-uri|sandbox/);
  });
});

describe('parseHeaders', () => {
  it('rejects a header line before any path, naming it', () => {
    expect(() => parseHeaders('  X-Test: 1\n')).toThrow(/before any path: X-Test/);
  });
  it('later rules replace and "!" removes', () => {
    const r = parseHeaders('/*\n  A: 1\n  B: 2\n/x/*\n  ! A\n  B: 3\n');
    expect(headersFor(r, '/x/y')).toEqual({ B: '3' });
    expect(headersFor(r, '/y')).toEqual({ A: '1', B: '2' });
  });
});
