// A "</script>" in a content field (here a report's citation) must stay text inside the inline JSON on /quotes/,
// not end the block: builds a copy of the project with only that page and reads the HTML it writes.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';

const root = process.cwd();
const HOSTILE = 'ECPAT.</script><script>location="https://evil.example/"</script><!--';

describe('inline JSON in a built page', () => {
  it('keeps a </script> from a content field inside the block, and it parses back to the same text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'inline-json-'));
    try {
      for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public']) cpSync(join(root, name), join(dir, name), { recursive: true });
      symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
      for (const name of readdirSync(join(dir, 'src', 'pages'))) if (name !== 'quotes') rmSync(join(dir, 'src', 'pages', name), { recursive: true });
      const file = join(dir, 'content', 'sources', 'vos-peru-2021.json');
      writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), citation: HOSTILE }));
      const run = spawnSync(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], { cwd: dir, encoding: 'utf8', timeout: 240_000 });
      expect(run.status, run.stderr).toBe(0);
      const html = readFileSync(join(dir, 'dist', 'quotes', 'index.html'), 'utf8');
      expect(html).not.toContain('<script>location=');
      const block = /<script type="application\/json" id="citations">([\s\S]*?)<\/script>/.exec(html)?.[1];
      expect(block).toBeDefined();
      expect(JSON.parse(block!)['vos-peru-2021']).toBe(HOSTILE);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 250_000);
});
