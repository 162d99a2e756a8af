// @ts-check
// Where the source reports' texts and the team's shared provenance checker live, and what to do without them.
//
// The texts are not kept in this repository, because their terms do not allow redistributing them whole:
/** @type {[ids: string, terms: string][]} */
export const REPORT_TERMS = [
  [
    'vos-mexico-2021, vos-peru-2021, vos-six-countries-2022',
    '“Extracts from this publication may be reproduced with acknowledgement of the source.” (extracts, not the whole text)',
  ],
  [
    'dh-mexico',
    '“Use of this publication is permitted provided the source is acknowledged and that the publication is not used for commercial purposes.” (use, with no grant to republish the text)',
  ],
  ['vos-mexico-briefing-2021', 'prints no reuse terms at all'],
];
// The site itself reuses extracts (quotes, snippets) with acknowledgement, which all of these allow.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The shared folder (with tools/check-provenance.mjs and seeds/), or null. $SHARED_DIR when set (and only there);
 * otherwise beside the repository (../shared, as in CI), then one level further up (a git worktree in a sub-folder).
 */
export function findShared() {
  const env = process.env.SHARED_DIR;
  const candidates = env ? [env] : [join(repo, '..', 'shared'), join(repo, '..', '..', 'shared')];
  return (
    candidates
      .map((c) => resolve(c))
      .find(
        (c) => existsSync(join(c, 'tools', 'check-provenance.mjs')) && existsSync(join(c, 'seeds', 'index.json')),
      ) ?? null
  );
}

export const inCi = () => /^(1|true|yes)$/i.test(process.env.CI ?? '');

/**
 * @param {string} text
 * @param {number} width
 */
const wrap = (text, width) =>
  text.split(' ').reduce(
    (/** @type {string[]} */ lines, word) => {
      if (`${lines.at(-1)} ${word}`.trim().length > width) lines.push(word);
      else lines[lines.length - 1] = `${lines.at(-1)} ${word}`.trim();
      return lines;
    },
    [''],
  );

/**
 * A warning nobody scrolls past: a box on stderr naming what was not checked and why.
 * @param {string} title
 * @param {string[]} lines
 */
export function boxedWarning(title, lines) {
  const body = [title, '', ...lines];
  const width = Math.max(...body.map((l) => l.length));
  const edge = '═'.repeat(width + 2);
  process.stderr.write(`\n╔${edge}╗\n${body.map((l) => `║ ${l.padEnd(width)} ║`).join('\n')}\n╚${edge}╝\n\n`);
}

/**
 * Say, loudly, that the reports are missing; fail in CI (CI=true), where a skipped check must not pass.
 * @param {string} tool
 * @param {string} whatIsNotChecked
 * @returns {0 | 1} the exit code
 */
export function reportsMissing(tool, whatIsNotChecked) {
  boxedWarning(`${tool}: PROVENANCE NOT CHECKED — the report texts were not found`, [
    whatIsNotChecked,
    `Looked for tools/check-provenance.mjs and seeds/ in ${process.env.SHARED_DIR ? `$SHARED_DIR (${process.env.SHARED_DIR})` : '../shared and ../../shared'}.`,
    'They are not in this repository, because the reports\u2019 terms do not allow republishing them whole:',
    ...REPORT_TERMS.flatMap(([ids, terms]) => [`  ${ids}:`, ...wrap(terms, 96).map((l) => `    ${l}`)]),
    inCi()
      ? 'CI=true: failing, because a build that cannot verify its evidence must not pass.'
      : 'Set SHARED_DIR to the folder holding seeds/ and tools/ to run the check.',
  ]);
  return inCi() ? 1 : 0;
}
