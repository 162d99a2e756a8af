// A "</script>" in a content field (here a report's title) must stay text in the built page, not end a block or
// start a script: builds a copy of the project with only a theme page (which prints each quote's report title, and
// its citation in the "Cite or share" control) and reads the HTML it writes. /quotes/ embeds no JSON: its first page
// is the same QuoteCards, and further results take their citations from the search index (src/evidence/quoteCard.ts);
// any inline JSON block still parses back exactly.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { linkNodeModules } from '../support/project-copy.ts';

const root = process.cwd();
const HOSTILE = 'ECPAT.</script><script>location="https://evil.example/"</script><!--';

describe('content text in a built page', () => {
  it('keeps a </script> from a content field as text, and any inline JSON still parses', () => {
    const dir = mkdtempSync(join(tmpdir(), 'inline-json-'));
    try {
      for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public', 'scripts'])
        cpSync(join(root, name), join(dir, name), { recursive: true });
      linkNodeModules(root, dir);
      // Keep the theme pages, and the JSON files the search index (built at the end of `astro build`) reads.
      for (const name of readdirSync(join(dir, 'src', 'pages')))
        if (name !== 'themes' && name !== 'data') rmSync(join(dir, 'src', 'pages', name), { recursive: true });
      // The theme pages themselves: not the index, nor each theme's findings page.
      rmSync(join(dir, 'src', 'pages', 'themes', 'index.astro'));
      rmSync(join(dir, 'src', 'pages', 'themes', '[theme]'), { recursive: true });
      for (const name of readdirSync(join(dir, 'src', 'pages', 'data')))
        if (!['quotes.json.ts', 'findings.json.ts', 'sources.json.ts'].includes(name))
          rmSync(join(dir, 'src', 'pages', 'data', name), { recursive: true });
      const file = join(dir, 'content', 'sources', 'vos-peru-2021.json');
      writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), title: HOSTILE }));
      const run = spawnSync(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 240_000,
      });
      expect(run.status, run.stderr).toBe(0);
      const html = readFileSync(join(dir, 'dist', 'themes', 'recovery', 'index.html'), 'utf8');
      // In text it is escaped; in a (double-quoted) attribute, such as a copy button's text, "<" is harmless and
      // the quote marks are escaped, so outside attribute values no script can start.
      expect(html).toContain('ECPAT.&lt;/script&gt;&lt;script&gt;location=');
      expect(html.replace(/="[^"]*"/g, '=""')).not.toContain('<script>location=');
      for (const m of html.matchAll(/<script type="application\/json"[^>]*>([\s\S]*?)<\/script>/g))
        expect(() => JSON.parse(m[1]!)).not.toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 250_000);
});
