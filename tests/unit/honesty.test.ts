// Claims in prose are checked like code: every repository path named in a comment, a README or a test name
// exists, and no test waits a fixed time (a sleep hides a race on a fast machine and wastes time on a slow one).
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = process.cwd();
const SKIP_DIRS = new Set(['node_modules', 'dist', '.astro', '.git', 'test-results', 'playwright-report']);
const CODE = /\.(ts|mjs|js|astro|css)$/;

function filesUnder(dir: string, test: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (SKIP_DIRS.has(name) || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, test));
    else if (test.test(name)) out.push(path);
  }
  return out;
}
const codeFiles = ['src', 'scripts', 'tests', 'public']
  .flatMap((d) => filesUnder(join(root, d), CODE))
  .concat(
    ['astro.config.mjs', 'playwright.config.ts', 'vitest.config.ts'].map((f) => join(root, f)).filter(existsSync),
  );

/** Comments in a code file: // lines, /* blocks *\/ and <!-- HTML comments -->. Strings are left out first. */
export function commentsOf(text: string): string[] {
  const out: string[] = [];
  const code = text.replace(/(['"`])(?:\\.|(?!\1)[^\\\n])*\1/g, '""');
  for (const m of code.matchAll(/(?<![:\w])\/\/[^\n]*|\/\*[\s\S]*?\*\/|<!--[\s\S]*?-->/g)) out.push(m[0]);
  return out;
}
/** Test and suite names: the first string argument of test(), it() and describe(). */
export function testNamesOf(text: string): string[] {
  return [...text.matchAll(/\b(?:test|it|describe)(?:\.\w+)*\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g)].map((m) => m[2]!);
}
/** Repository paths in prose: under a top-level folder of the repo, or a named top-level file. */
export function pathsIn(prose: string): string[] {
  const re =
    /(?<![\w./@-])((?:src|scripts|tests|content|public)\/[\w.\-/[\]]*|(?:astro\.config\.mjs|playwright\.config\.ts|vitest\.config\.ts|budgets\.json|tsconfig\.json))/g;
  return [...prose.matchAll(re)]
    .filter((m) => !/[<*…{$]/.test(prose[m.index + m[0].length] ?? '')) // a placeholder: content/quotes/<id>.json
    .map((m) => m[1]!.replace(/[.,;:)]+$/, ''));
}

describe('paths named in prose exist', () => {
  const claims: { where: string; path: string }[] = [];
  for (const file of codeFiles) {
    const text = readFileSync(file, 'utf8');
    const where = relative(root, file);
    for (const c of commentsOf(text)) for (const path of pathsIn(c)) claims.push({ where: `${where} (comment)`, path });
    if (where.startsWith('tests/') && where !== 'tests/unit/honesty.test.ts')
      for (const n of testNamesOf(text))
        for (const path of pathsIn(n)) claims.push({ where: `${where} (test name "${n}")`, path });
  }
  for (const readme of ['README.md', 'content/README.md'])
    for (const path of pathsIn(readFileSync(join(root, readme), 'utf8'))) claims.push({ where: readme, path });

  it('finds the claims it is meant to check', () => {
    expect(claims.length).toBeGreaterThan(50);
    expect(claims.some((c) => c.where === 'README.md' && c.path === 'src/evidence/queries.ts')).toBe(true);
  });
  it('every named path exists', () => {
    expect(claims.filter((c) => !existsSync(join(root, c.path))).map((c) => `${c.where}: ${c.path}`)).toEqual([]);
  });
});

describe('the path finder', () => {
  it('reads comments, not strings, and test names', () => {
    expect(
      commentsOf(`const a = '// src/not-a-comment.ts'; // src/a.ts\n/* scripts/b.mjs */ <!-- tests/c.ts -->`),
    ).toEqual(['// src/a.ts', '/* scripts/b.mjs */', '<!-- tests/c.ts -->']);
    expect(testNamesOf(`test('src/x.ts works', () => {}); it.skip("y", f); describe(\`z\`, f)`)).toEqual([
      'src/x.ts works',
      'y',
      'z',
    ]);
  });
  it('finds paths and leaves out placeholders and URLs', () => {
    expect(
      pathsIn('see src/evidence/urls.ts, scripts/check/ and content/quotes/<id>.json; http://x/src/y; ../src/z.ts.'),
    ).toEqual(['src/evidence/urls.ts', 'scripts/check/']);
    expect(pathsIn('(tests/e2e/links check it)')).toEqual(['tests/e2e/links']);
  });
});

/**
 * Waits that prove an absence (nothing happens within a time) rather than wait for something: file and line text,
 * with the reason. Each is a known cost; prefer a signal that the thing could have happened by now.
 */
const ALLOWED_WAITS: { file: string; line: string; why: string }[] = [
  {
    file: 'tests/e2e/help.spec.ts',
    line: 'await page.waitForTimeout(500);',
    why: 'no third-party request follows hovering the links out (an absence)',
  },
];

describe('no fixed sleeps in browser tests', () => {
  it('no waitForTimeout, and no setTimeout used to wait, in tests/e2e and tests/support', () => {
    const sleeps: string[] = [];
    for (const file of ['e2e', 'support'].flatMap((d) => filesUnder(join(root, 'tests', d), /\.(ts|mjs)$/))) {
      const rel = relative(root, file);
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (ALLOWED_WAITS.some((a) => a.file === rel && a.line === line.trim())) return;
          if (/waitForTimeout\(|(?<![.\w])setTimeout\(/.test(line)) sleeps.push(`${rel}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(sleeps, 'use web-first assertions, expect.poll or page.clock instead').toEqual([]);
  });
});
