// Dark mode changes colours and nothing else: every `prefers-color-scheme` block in the built CSS (stylesheets and
// <style> elements alike) only sets custom properties. tests/e2e/pages.spec.ts relies on this to run only axe's
// colour rules in dark mode: the structure, names and roles axe checks are the same in both schemes.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFiles } from '../../scripts/lib/dist.mjs';

/** The bodies of every `@media (…prefers-color-scheme…) { … }` block in `css`, braces matched. */
export function colourSchemeBlocks(css: string): string[] {
  const out: string[] = [];
  for (const m of css.matchAll(/@media[^{]*prefers-color-scheme[^{]*\{/g)) {
    let depth = 1;
    let i = m.index + m[0].length;
    const start = i;
    for (; i < css.length && depth > 0; i++) {
      if (css[i] === '{') depth++;
      else if (css[i] === '}') depth--;
    }
    out.push(css.slice(start, i - 1));
  }
  return out;
}

/** Property names declared inside a block of rules (`sel { a: b; c: d }`), comments removed. */
export function declaredProperties(block: string): string[] {
  const bodies = [...block.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]!);
  return bodies.flatMap((b) =>
    b
      .split(';')
      .map((d) => d.split(':')[0]!.trim())
      .filter(Boolean),
  );
}

const cssFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : cssFiles(path);
    return name.endsWith('.css') ? [path] : [];
  });

describe('the helpers', () => {
  it('find a scheme block with nested rules, and the properties it declares', () => {
    const css = 'a{color:red}@media (prefers-color-scheme: dark){:root{--bg:#000; --text: #fff}p{color:blue}}b{x:y}';
    const blocks = colourSchemeBlocks(css);
    expect(blocks).toHaveLength(1);
    expect(declaredProperties(blocks[0]!)).toEqual(['--bg', '--text', 'color']);
  });
});

describe('the built CSS', () => {
  it('sets only custom properties under prefers-color-scheme', () => {
    const sheets = [
      ...cssFiles('dist').map((f) => ({ where: f, css: readFileSync(f, 'utf8') })),
      ...htmlFiles('dist').flatMap((f) =>
        [...readFileSync(f, 'utf8').matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => ({
          where: f,
          css: m[1]!,
        })),
      ),
    ];
    let blocks = 0;
    const other: string[] = [];
    for (const { where, css } of sheets)
      for (const block of colourSchemeBlocks(css)) {
        blocks++;
        for (const p of declaredProperties(block)) if (!p.startsWith('--')) other.push(`${where}: ${p}`);
      }
    expect(
      blocks,
      'no prefers-color-scheme block found: is dist/ built, and does dark mode still exist?',
    ).toBeGreaterThan(0);
    expect([...new Set(other)]).toEqual([]);
  });
});
