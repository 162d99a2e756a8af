import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { metaPolicy, directives } from '../../src/security.ts';
import { headersFor, parseHeaders } from '../../scripts/serve/headers.mjs';

const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));
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
