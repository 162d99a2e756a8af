// A content error must stop the build before anything is written: no half-built site in dist/.
// Builds a copy of the project with one broken quote and checks the message and the missing output.
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { linkNodeModules } from '../support/project-copy.ts';

const root = process.cwd();

describe('a build with bad content', () => {
  it('fails naming the file, record and field, and writes nothing to dist/', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bad-build-'));
    try {
      for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public'])
        cpSync(join(root, name), join(dir, name), { recursive: true });
      linkNodeModules(root, dir);
      const file = join(dir, 'content', 'quotes', 'vos-peru-2021.json');
      const quotes = JSON.parse(readFileSync(file, 'utf8'));
      quotes[0].themes = ['not-a-theme'];
      writeFileSync(file, JSON.stringify(quotes));
      const run = spawnSync(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 180_000,
      });
      expect(run.status).not.toBe(0);
      expect(`${run.stdout}${run.stderr}`).toContain(
        `content/quotes/vos-peru-2021.json: record "${quotes[0].id}": themes.0: unknown theme "not-a-theme"`,
      );
      expect(existsSync(join(dir, 'dist'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 200_000);
});
