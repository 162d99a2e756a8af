// PRECOMPRESS_QUALITY (scripts/build/precompress.mjs): `npm test` builds with brotli 8 instead of 10. A value that is
// not a brotli quality stops the script with a message naming the variable; a valid one still writes every variant.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { brotliDecompressSync } from 'node:zlib';

const script = join(process.cwd(), 'scripts', 'build', 'precompress.mjs');
const run = (dir: string, quality: string) =>
  spawnSync(process.execPath, [script, dir], {
    encoding: 'utf8',
    env: { ...process.env, PRECOMPRESS_QUALITY: quality },
  });

describe('PRECOMPRESS_QUALITY', () => {
  it('refuses what is not a brotli quality, naming the variable', () => {
    for (const bad of ['x', '12', '-1', '8.5']) {
      const r = run(tmpdir(), bad);
      expect(r.status, bad).not.toBe(0);
      expect(r.stderr).toContain(`PRECOMPRESS_QUALITY must be a brotli quality from 0 to 11, not "${bad}"`);
    }
  });
  it('at 8 still writes a .br that decompresses to the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
    try {
      const html = '<p>quality</p>'.repeat(500);
      writeFileSync(join(dir, 'index.html'), html);
      expect(run(dir, '8').status).toBe(0);
      expect(brotliDecompressSync(readFileSync(join(dir, 'index.html.br'))).toString()).toBe(html);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
