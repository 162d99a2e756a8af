// Completeness of the extraction: every speaker attribution a report prints must belong to a quote on the site,
// apart from attributions the reports attach to their own paraphrases (listed below with the reason).
// Needs the report texts (found by scripts/lib/reports.mjs: $SHARED_DIR, or ../shared); without them the check cannot
// run: it says so loudly, and in CI it fails, because a suite that silently skips its completeness check proves
// nothing.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeText } from '../../src/evidence/numbers.ts';
import { readContentFiles } from '../../src/evidence/read.ts';
import { validateEvidence } from '../../src/evidence/validate.ts';
import { boxedWarning, findShared, inCi } from '../../scripts/lib/reports.mjs';

const shared = findShared();
const seeds = shared ? join(shared, 'seeds') : '';
const available = !!shared && existsSync(join(seeds, 'index.json'));

const ATTRIBUTIONS: Record<string, RegExp> = {
  'vos-mexico-2021': /\(VoS-MX-\d+\)/g,
  'vos-peru-2021': /\(VoS-PE-\d+\)/g,
  'vos-six-countries-2022': /\((?:Conversations.? Participant|Survey Respondent)[^)]*\)/g,
  'dh-mexico': /\((?:YP|FW|JP)\)/g,
};
/**
 * Attributions after text the report does not print as a quote: its own summaries, or the method notes that explain the
 * codes.
 */
const PARAPHRASES = [
  'their mother was an accomplice',
  'For two',
  'felt comfortable to seek help.',
  'In the case of two young women',
  'A young man and a young woman',
  'In the case of two young survivors,',
  'who identified as gay',
  'will be indicated with',
];

describe.skipIf(!available)('every quote the reports print is on the site', () => {
  const evidence = validateEvidence(readContentFiles(join(process.cwd(), 'content')));
  const quotes = evidence.quotes.map((q) => normalizeText(q.text));
  const index = available ? JSON.parse(readFileSync(join(seeds, 'index.json'), 'utf8')) : {};
  for (const [id, pattern] of Object.entries(ATTRIBUTIONS)) {
    it(id, () => {
      const text = readFileSync(join(seeds, index[id].file), 'utf8');
      const missing: string[] = [];
      let found = 0;
      for (const m of text.matchAll(pattern)) {
        found++;
        const before = text.slice(Math.max(0, m.index - 400), m.index);
        if (PARAPHRASES.some((p) => before.trimEnd().endsWith(p) || before.slice(-220).includes(p))) continue;
        // The words just before the attribution end the quote it attributes: from its opening mark, or the last 40
        // characters.
        const end = normalizeText(before).replace(/["'\s.,;:…]+$/, '');
        const open = end.lastIndexOf('"');
        const tail = open >= 0 && end.length - open < 60 ? end.slice(open + 1) : end.slice(-40).replace(/^\S*\s/, '');
        if (!quotes.some((q) => q.includes(tail)))
          missing.push(`${m[0]} after "…${before.slice(-100).replace(/\s+/g, ' ')}"`);
      }
      expect(found).toBeGreaterThan(10);
      expect(missing).toEqual([]);
    });
  }
});

// Without the seeds the block above is reported as skipped, not passed; the banner and (in CI) this test say why.
if (!available) {
  boxedWarning('coverage: NOT RUN — the report texts were not found', [
    'The completeness of the quotes (every attribution a report prints is on the site) was NOT checked.',
    'Put the report texts in ../shared/ beside the repo, or set SHARED_DIR. In CI this is a failure.',
  ]);
  it.runIf(inCi())('the report texts are available in CI', () => {
    expect(available, 'report texts not found ($SHARED_DIR or ../shared)').toBe(true);
  });
}
