// Checks over the built site (npm test builds before the unit tests): the generated _headers, every inline JSON
// block, and the build's own leftovers. Fails, naming the command, when there is no build to check.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFile } from '../../src/security.ts';
import { htmlFiles, urlOf } from '../../scripts/lib/dist.mjs';

const dist = 'dist';
const built = existsSync(join(dist, 'index.html'));

describe('the built site', () => {
  it('exists (run npm run build first)', () => expect(built).toBe(true));

  it('publishes _headers exactly as src/security.ts writes it, and nothing in public/ overrides it', () => {
    expect(readFileSync(join(dist, '_headers'), 'utf8')).toBe(headersFile());
  });

  it('every inline JSON block parses and holds no "<", ">" or "&" that could end or bend it', () => {
    let blocks = 0;
    for (const file of htmlFiles(dist)) {
      const html = readFileSync(file, 'utf8');
      for (const m of html.matchAll(/<script\b[^>]*type="application\/(?:ld\+)?json"[^>]*>([\s\S]*?)<\/script>/g)) {
        blocks++;
        const body = m[1]!;
        expect(body, urlOf(dist, file)).not.toMatch(/[<>&]/);
        expect(() => JSON.parse(body), urlOf(dist, file)).not.toThrow();
      }
    }
    expect(blocks).toBeGreaterThan(0);
  });

  it('leaves no build intermediates, and precompressed pages beside the originals', () => {
    expect(existsSync(join(dist, '.prerender'))).toBe(false);
    expect(readdirSync('.').filter((n) => /^\.dist-(next|old)-/.test(n))).toEqual([]);
    expect(existsSync(join(dist, 'index.html.br'))).toBe(true);
    expect(existsSync(join(dist, 'index.html.gz'))).toBe(true);
  });
});

describe('source: inline JSON goes through inlineJson()', () => {
  const astroFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? astroFiles(join(dir, e.name)) : e.name.endsWith('.astro') ? [join(dir, e.name)] : [],
    );
  it('no .astro file puts JSON.stringify output into a page', () => {
    const offenders = astroFiles('src').filter((f) => /JSON\.stringify\(/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
