// `npm run build` swaps a new dist/ in only when every step succeeded (scripts/build/build.mjs): a failed build,
// whichever step fails, leaves the previous dist/ byte for byte; a bad <Num id> names the .mdx file and line.
import { describe, expect, it } from 'vitest';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { linkNodeModules } from '../support/project-copy.ts';

const root = process.cwd();
const wrapper = join(root, 'scripts', 'build', 'build.mjs');

/** Every file under dir (dot-files included) with the hash of its bytes. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

function previousSite(dir: string) {
  mkdirSync(join(dir, 'dist', 'about'), { recursive: true });
  writeFileSync(join(dir, 'dist', 'index.html'), '<title>previous build</title>');
  writeFileSync(join(dir, 'dist', 'about', 'index.html'), '<title>previous about</title>');
  return snapshot(join(dir, 'dist'));
}

const node = (code: string) => `node -e ${JSON.stringify(code)}`;
const writeSite = node(
  `const fs=require('fs'),o=process.env.BUILD_OUT_DIR;fs.writeFileSync(o+'/index.html','<p>new</p>'.repeat(400));fs.mkdirSync(o+'/.prerender');`,
);

describe('the build wrapper', () => {
  it('a failing later step (e.g. the search index) leaves the previous dist/ byte-identical and no temporary folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
    try {
      const before = previousSite(dir);
      const run = spawnSync(process.execPath, [wrapper, writeSite, node('process.exit(3)')], {
        cwd: dir,
        encoding: 'utf8',
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/failed \(exit 3\).*dist is unchanged/s);
      expect(snapshot(join(dir, 'dist'))).toEqual(before);
      expect(readdirSync(dir)).toEqual(['dist']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('on success replaces dist/ whole, with .br/.gz beside compressible files and no .prerender', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
    try {
      previousSite(dir);
      // Left by a build that was stopped (no process has this id): removed, as a running build's would not be.
      mkdirSync(join(dir, '.dist-next-2147483646', 'about'), { recursive: true });
      const run = spawnSync(process.execPath, [wrapper, writeSite], { cwd: dir, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toContain('removed .dist-next-2147483646, left by a build that was stopped');
      expect(readdirSync(join(dir, 'dist')).sort()).toEqual(['index.html', 'index.html.br', 'index.html.gz']);
      const html = join(dir, 'dist', 'index.html');
      // Same modification second (HTTP dates have no finer grain), so Last-Modified holds for every encoding.
      expect(Math.floor(statSync(`${html}.br`).mtimeMs / 1000)).toBe(Math.floor(statSync(html).mtimeMs / 1000));
      expect(readdirSync(dir)).toEqual(['dist']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a country page with an unknown <Num id> fails naming the .mdx file and line, and dist/ stays as it was', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bad-num-'));
    try {
      for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public', 'scripts'])
        cpSync(join(root, name), join(dir, name), { recursive: true });
      linkNodeModules(root, dir);
      // Only the route that renders a country's .mdx (its overview, with the components it imports) is needed to
      // reach the bad <Num>: every other route would only make the build slower.
      const pages = join(dir, 'src', 'pages');
      const country = join(pages, 'countries', '[slug]');
      for (const name of readdirSync(pages)) if (name !== 'countries') rmSync(join(pages, name), { recursive: true });
      rmSync(join(pages, 'countries', 'index.astro'));
      for (const name of readdirSync(country))
        if (name !== 'overview.astro' && !name.startsWith('_')) rmSync(join(country, name), { recursive: true });
      const before = previousSite(dir);
      const page = join(dir, 'content', 'country-pages', 'peru.mdx');
      const bad = 'This number does not exist: <Num id="no-such-finding" />.';
      writeFileSync(page, `${readFileSync(page, 'utf8')}\n${bad}\n`);
      const at = readFileSync(page, 'utf8').split('\n').indexOf(bad) + 1; // counted from the file's first line
      const astro = `node ${JSON.stringify(join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'))} build --outDir {out}`;
      const run = spawnSync(process.execPath, [join(dir, 'scripts', 'build', 'build.mjs'), astro], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 240_000,
      });
      expect(run.status).not.toBe(0);
      expect(`${run.stdout}${run.stderr}`).toContain(
        `content/country-pages/peru.mdx:${at}: <Num id="no-such-finding" />`,
      );
      expect(snapshot(join(dir, 'dist'))).toEqual(before);
      expect(readdirSync(dir).filter((n) => n.startsWith('.dist'))).toEqual([]);
      expect(existsSync(join(dir, 'dist', '.prerender'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 250_000);
});
