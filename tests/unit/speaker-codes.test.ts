// A speaker code appears only where the report prints it: every code on a quote (and every per-source code) is
// written in the text of a report that the quote cites, and every code has a /glossary/ entry.
// Needs the report texts (../shared/seeds beside the repo, or SEEDS_DIR); without them it says so loudly.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readContentFiles } from '../../src/evidence/read.ts';
import { validateEvidence } from '../../src/evidence/validate.ts';
import { speakerCodeKind } from '../../src/evidence/speakers.ts';

const candidates = [
  process.env.SEEDS_DIR,
  join(process.cwd(), '..', 'shared', 'seeds'),
  join(process.cwd(), '..', '..', 'shared', 'seeds'),
];
const seeds = candidates
  .filter((d): d is string => !!d)
  .map((d) => resolve(d))
  .find((d) => existsSync(join(d, 'index.json')));
const quotes = validateEvidence(readContentFiles(join(process.cwd(), 'content'))).quotes;
/** Apostrophes and spacing vary between the reports' conversion and our records; nothing else is forgiven. */
const norm = (s: string) => s.replace(/[‘’`´]/g, "'").replace(/\s+/g, ' ');

describe('speaker codes have a glossary entry', () => {
  it('every code on the site', () => {
    const codes = new Set(
      quotes.flatMap((q) => [q.speaker.code, ...q.sources.map((s) => s.code)]).filter((c): c is string => !!c),
    );
    expect([...codes].filter((c) => !speakerCodeKind(c))).toEqual([]);
  });
});

describe.skipIf(!seeds)('speaker codes are printed by a report the quote cites', () => {
  const index = seeds ? JSON.parse(readFileSync(join(seeds, 'index.json'), 'utf8')) : {};
  const texts = new Map<string, string>();
  const text = (id: string) =>
    texts.get(id) ?? texts.set(id, norm(readFileSync(join(seeds!, index[id].file), 'utf8'))).get(id)!;
  it('the primary code', () => {
    const missing = quotes
      .filter((q) => q.speaker.code)
      .filter((q) => !q.sources.filter((s) => !s.code).some((s) => text(s.id).includes(`(${norm(q.speaker.code!)})`)))
      .map(
        (q) =>
          `${q.id}: "${q.speaker.code}" is not printed by ${q.sources
            .filter((s) => !s.code)
            .map((s) => s.id)
            .join(', ')}`,
      );
    expect(missing).toEqual([]);
  });
  it('codes another report prints for the same words', () => {
    const missing = quotes.flatMap((q) =>
      q.sources
        .filter((s) => s.code && !text(s.id).includes(`(${norm(s.code)})`))
        .map((s) => `${q.id}: "${s.code}" is not printed by ${s.id}`),
    );
    expect(missing).toEqual([]);
  });
});

if (!seeds)
  console.warn(
    `\n!!! speaker-codes: report texts not found (looked in ${candidates.filter(Boolean).join(', ')}); whether each speaker code is printed by its report was NOT checked !!!\n`,
  );
